package dev.estodo.eventsourcing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The explicit table between stored event type names and Java records. Stored names and body
 * keys are a contract with data already written, so they are declared here, never derived from
 * class names; old body shapes are turned into current ones by upcasters before decoding.
 */
public final class EventTypes {
  private final ObjectMapper mapper;
  private final Map<String, Class<?>> classesByType = new HashMap<>();
  private final Map<Class<?>, String> typesByClass = new HashMap<>();
  private final Map<String, UnaryOperator<JsonNode>> upcasters = new HashMap<>();

  /** A registry that encodes and decodes bodies with {@code mapper}. */
  public EventTypes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Maps {@code type} to {@code eventClass} and back; each name and class once. */
  public EventTypes register(String type, Class<?> eventClass) {
    if (classesByType.putIfAbsent(type, eventClass) != null) {
      throw new IllegalArgumentException("Event type " + type + " is already registered");
    }
    if (typesByClass.putIfAbsent(eventClass, type) != null) {
      throw new IllegalArgumentException(eventClass.getName() + " is already registered");
    }
    return this;
  }

  /** Rewrites stored bodies of {@code type} before decoding; upcasters of one type chain. */
  public EventTypes upcast(String type, UnaryOperator<JsonNode> upcaster) {
    upcasters.merge(type, upcaster, (first, then) -> body -> then.apply(first.apply(body)));
    return this;
  }

  /** The stored type name of {@code event}. */
  public String typeOf(Object event) {
    String type = typesByClass.get(event.getClass());
    if (type == null) throw new IllegalArgumentException(event.getClass().getName() + " is not registered");
    return type;
  }

  /** Encodes each of {@code events} in turn as {@link #toData(Object, UUID, UUID)} does, caused by nothing. */
  List<EventData> toData(List<?> events, UUID correlationId) {
    List<EventData> data = new ArrayList<>(events.size());
    for (Object event : events) {
      data.add(toData(event, correlationId, null));
    }
    return data;
  }

  /** The event ready to append, with a new id. */
  public EventData toData(Object event, UUID correlationId, UUID causationId) {
    return new EventData(UUID.randomUUID(), typeOf(event), mapper.valueToTree(event), correlationId, causationId);
  }

  /** The stored event as its registered record, or an {@link UnknownEvent} for unregistered types. */
  public Object toEvent(StoredEvent stored) {
    Class<?> eventClass = classesByType.get(stored.type());
    JsonNode body = upcasters.getOrDefault(stored.type(), UnaryOperator.identity()).apply(stored.body());
    if (eventClass == null) return new UnknownEvent(stored.type(), body);
    try {
      return mapper.treeToValue(body, eventClass);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Event " + stored.id() + " of type " + stored.type()
          + " at position " + stored.position() + " does not decode: " + e.getOriginalMessage(), e);
    }
  }

  /** The names registered so far, for tests that pin them. */
  public Map<String, Class<?>> registered() {
    return Map.copyOf(classesByType);
  }
}
