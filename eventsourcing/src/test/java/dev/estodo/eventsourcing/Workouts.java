package dev.estodo.eventsourcing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A tiny aggregate for testing command handling: squats done in sets, until 2000 end the workout. */
final class Workouts {
  private Workouts() {}

  record DoSets(List<Integer> squats) {}

  record SetDone(@JsonProperty("squats") int squats) {}

  record WorkoutOver() {}

  record Workout(int squats, boolean over) {}

  /** The tiny decider under test; {@code duringDecide} lets a test act while a command is decided. */
  static final class Coach implements Decider<DoSets, Object, Workout> {
    Runnable duringDecide = () -> {};

    @Override
    public Workout initialState() {
      return new Workout(0, false);
    }

    @Override
    public List<Object> decide(DoSets command, Workout state) {
      duringDecide.run();
      if (state.over()) throw new IllegalStateException("the workout is over");
      List<Object> events = new ArrayList<>();
      int total = state.squats();
      for (int squats : command.squats()) {
        events.add(new SetDone(squats));
        total += squats;
        if (total >= 2000) {
          events.add(new WorkoutOver());
          break;
        }
      }
      return events;
    }

    @Override
    public Workout evolve(Workout state, Object event) {
      if (event instanceof SetDone set) return new Workout(state.squats() + set.squats(), false);
      if (event instanceof WorkoutOver) return new Workout(state.squats(), true);
      throw new IllegalArgumentException("unknown event " + event);
    }
  }

  /** A decider that knows only sets, to read a stream that holds more. */
  static final class SetsOnly implements Decider<DoSets, SetDone, Workout> {
    @Override
    public Workout initialState() {
      return new Workout(0, false);
    }

    @Override
    public List<SetDone> decide(DoSets command, Workout state) {
      return List.of(new SetDone(1));
    }

    @Override
    public Workout evolve(Workout state, SetDone event) {
      return new Workout(state.squats() + event.squats(), false);
    }
  }
}
