package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.todo.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The page's history sentences (sentences.js, run in the real browser) say exactly the shared spec's words. */
@ExtendWith(SharedBrowser.class)
class WebPageSentencesTest {
  private static Browser browser;
  private static TestServer server;

  @BeforeAll
  static void start(Browser shared) {
    browser = shared;
    server = TestServer.start();
    browser.driver().get(server.uri("/").toString());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void an_added_todo_names_what_it_was_given_in_the_spec_s_order() {
    assertThat(sentences("""
        [["todo_added", {"title": "Get to the chopper", "description": "Now", "due_date": "2017-01-01",
          "stakeholder_email": "dillon@cia.gov"}],
         ["todo_added", {"title": "2000 squats", "due_date": "2017-07-13T09:00:00Z"}],
         ["todo_added", {}],
         ["todo_added", {"title": "Say \\"hi\\" to Dillon"}]]"""))
        .containsExactly("Added \"Get to the chopper\", due 1 Jan 2017, stakeholder dillon@cia.gov, description \"Now\"",
            "Added \"2000 squats\", due 13 Jul 2017", "Added (no title)", "Added \"Say \"hi\" to Dillon\"");
  }

  @Test
  void an_amendment_says_what_each_field_changed_from_knowing_the_events_before_it() {
    assertThat(sentences("""
        [["todo_added", {"title": "A", "description": "Quick", "due_date": "2017-01-01"}],
         ["todo_amended", {"title": "B"}], ["todo_amended", {"title": "B"}], ["todo_amended", {"title": null}],
         ["todo_amended", {"title": "C", "description": "Slow"}], ["todo_amended", {"description": null}],
         ["todo_amended", {"due_date": "2017-01-02"}], ["todo_amended", {"due_date": "2017-01-02"}],
         ["todo_amended", {"due_date": null}], ["todo_amended", {"stakeholder_email": "a@x"}],
         ["todo_amended", {"stakeholder_email": "b@y", "due_date": "2017-07-13"}],
         ["todo_amended", {"stakeholder_email": "b@y"}], ["todo_amended", {"stakeholder_email": null}],
         ["todo_amended", {}]]""")).containsExactly("Added \"A\", due 1 Jan 2017, description \"Quick\"",
        "Title changed from \"A\" to \"B\"", "Title unchanged (\"B\")", "Title removed",
        "Title set to \"C\"; Description changed from \"Quick\" to \"Slow\"", "Description removed",
        "Due date changed from 1 Jan 2017 to 2 Jan 2017", "Due date unchanged (2 Jan 2017)", "Due date removed",
        "Stakeholder set to a@x", "Due date set to 13 Jul 2017; Stakeholder changed from a@x to b@y",
        "Stakeholder unchanged (b@y)", "Stakeholder removed", "Amended (nothing changed)");
  }

  @Test
  void the_other_events_read_as_the_spec_says() {
    assertThat(sentences("""
        [["todo_added", {"title": "I'll be back"}], ["todo_moved_up", {}],
         ["todo_completed", {"completed_on": "2017-07-13"}], ["todo_abandoned", {"abandoned_on": "2017-07-13T12:00:00+02:00"}],
         ["stakeholder_notified_of_todo_completion", {"notified_on": "2017-07-13T14:00:00+00:00"}],
         ["todo_renamed_by_the_chopper", {"title": "B"}]]"""))
        .containsExactly("Added \"I'll be back\"", "Moved up", "Completed on 13 Jul 2017", "Abandoned on 13 Jul 2017",
            "Stakeholder notified by email (caused by the completion)", "Event todo_renamed_by_the_chopper");
  }

  // the page's own module, imported by the page: [type, body] pairs in, one sentence each out
  @SuppressWarnings("unchecked")
  private static List<String> sentences(String events) {
    return (List<String>) browser.driver().executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const events = JSON.parse(arguments[0]).map(([type, body]) => ({type, body}));
        import('/assets/sentences.js').then((module) => done(module.sentences(events)), (e) => done(String(e)));
        """, events);
  }
}
