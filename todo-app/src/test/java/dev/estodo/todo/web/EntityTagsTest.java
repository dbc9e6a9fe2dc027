package dev.estodo.todo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.Checkpoint;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
  private final String tag = EntityTags.of(new Checkpoint(731, 2000), new Page(0, 50));

  @Test
  void a_tag_names_the_checkpoint_and_the_page() {
    assertThat(tag).isEqualTo("\"731-2000-0-50\"");
    assertThat(EntityTags.of(new Checkpoint(731, 2000), Page.ALL)).isEqualTo("\"731-2000-0-all\"");
  }

  @Test
  void if_none_match_is_compared_weakly_against_every_tag_it_lists() {
    assertThat(EntityTags.matches(tag, tag)).isTrue();
    assertThat(EntityTags.matches("W/" + tag, tag)).isTrue();
    assertThat(EntityTags.matches("\"a,b\", W/\"x\" ,\t" + tag, tag)).isTrue();
    assertThat(EntityTags.matches(" * ", tag)).isTrue();
  }

  @Test
  void another_tag_a_missing_header_or_a_malformed_one_matches_nothing() {
    assertThat(EntityTags.matches("\"731-2000-0-51\"", tag)).isFalse();
    assertThat(EntityTags.matches(null, tag)).isFalse();
    assertThat(EntityTags.matches("731-2000-0-50", tag)).isFalse();
    assertThat(EntityTags.matches("\"731-2000-0-50", tag)).isFalse();
    assertThat(EntityTags.matches("", tag)).isFalse();
  }
}
