package dev.tonearm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonViewTest {
  private static final JsonView ALBUM = JsonView.parse(
      "{\"album\":{\"name\":\"Blue\",\"year\":1971,\"rating\":4.5,\"live\":false,\"notes\":null},"
          + "\"artists\":[{\"url\":\"https://a\"},{\"url\":\"https://b\"}],\"a.b\":1}");

  record Requester(String name, long id) {}

  @Test
  void get_dottedPath_readsNestedMembersAndArrayElements() {
    assertThat(ALBUM.getString("album.name")).isEqualTo("Blue");
    assertThat(ALBUM.getLong("album.year")).isEqualTo(1971L);
    assertThat(ALBUM.getInt("album.year")).isEqualTo(1971);
    assertThat(ALBUM.getDouble("album.rating")).isEqualTo(4.5);
    assertThat(ALBUM.getBoolean("album.live")).isFalse();
    assertThat(ALBUM.getString("artists.1.url")).isEqualTo("https://b");
    assertThat(ALBUM.get("artists").elements()).hasSize(2);
  }

  @Test
  void get_missingOrNullPath_throwsNamingThePath() {
    assertThatThrownBy(() -> ALBUM.get("album.label"))
        .isInstanceOf(JsonViewException.class)
        .hasMessageContaining("'album.label'")
        .extracting(e -> ((JsonViewException) e).path()).isEqualTo("album.label");
    assertThatThrownBy(() -> ALBUM.getString("album.notes"))
        .isInstanceOf(JsonViewException.class).hasMessageContaining("album.notes");
    assertThatThrownBy(() -> ALBUM.get("artists.7")).isInstanceOf(JsonViewException.class);
  }

  @Test
  void getString_numberAtPath_throwsNamingPathAndValue() {
    assertThatThrownBy(() -> ALBUM.getString("album.year"))
        .isInstanceOf(JsonViewException.class)
        .hasMessage("expected a string at 'album.year' but got 1971");
  }

  @Test
  void getLong_fractionalNumber_throwsTypedError() {
    assertThatThrownBy(() -> ALBUM.getLong("album.rating"))
        .isInstanceOf(JsonViewException.class)
        .hasMessageContaining("a whole number");
  }

  @Test
  void getInt_numberPastIntRange_throwsTypedError() {
    assertThatThrownBy(() -> JsonView.parse("{\"n\":4000000000}").getInt("n"))
        .isInstanceOf(JsonViewException.class)
        .hasMessageContaining("fits an int");
  }

  @Test
  void find_absentNullOrPresent_answersOptional() {
    assertThat(ALBUM.findString("album.name")).contains("Blue");
    assertThat(ALBUM.findString("album.notes")).isEmpty();
    assertThat(ALBUM.findLong("nothing.here")).isEmpty();
    assertThat(ALBUM.findBoolean("album.live")).contains(false);
    assertThat(ALBUM.has("album.notes")).isFalse();
    assertThat(ALBUM.has("album.name")).isTrue();
  }

  @Test
  void member_nameWithDot_readsTheWholeName() {
    assertThat(ALBUM.member("a.b")).map(JsonView::asInt).contains(1);
    assertThat(ALBUM.has("a.b")).isFalse();
  }

  @Test
  void as_recordOfTheBot_bindsByComponentName() {
    Requester requester = JsonView.parse("{\"name\":\"Robin\",\"id\":42}").as(Requester.class);

    assertThat(requester).isEqualTo(new Requester("Robin", 42));
  }

  @Test
  void as_jsonThatDoesNotFit_throwsNamingTheClass() {
    assertThatThrownBy(() -> JsonView.parse("[1,2]").as(Requester.class))
        .isInstanceOf(JsonViewException.class)
        .hasMessageContaining(Requester.class.getName());
  }

  @Test
  void of_record_roundTripsThroughAs() {
    JsonView view = JsonView.of(new Requester("Robin", 42));

    assertThat(view.toJson()).isEqualTo("{\"name\":\"Robin\",\"id\":42}");
    assertThat(view.as(Requester.class)).isEqualTo(new Requester("Robin", 42));
    assertThat(JsonView.of(view)).isSameAs(view);
  }

  @Test
  void of_mapAndList_becomeObjectAndArray() {
    assertThat(JsonView.of(Map.of("level", 1)).getInt("level")).isEqualTo(1);
    assertThat(JsonView.of(List.of("a", "b")).isArray()).isTrue();
  }

  @Test
  void parse_notJson_throwsTypedError() {
    assertThatThrownBy(() -> JsonView.parse("{\"a\":"))
        .isInstanceOf(JsonViewException.class).hasMessageStartingWith("not JSON");
  }

  @Test
  void keys_andElements_cannotBeChanged() {
    assertThatThrownBy(() -> ALBUM.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ALBUM.get("artists").elements().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ALBUM.keys()).containsExactly("album", "artists", "a.b");
  }

  @Test
  void elements_ofObject_throwsTypedError() {
    assertThatThrownBy(() -> ALBUM.elements()).isInstanceOf(JsonViewException.class)
        .hasMessageContaining("an array");
  }

  @Test
  void equals_sameJson_equalAndSameHash() {
    JsonView a = JsonView.parse("{\"x\":[1,2]}");
    JsonView b = JsonView.parse("{ \"x\" : [1, 2] }");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo("{\"x\":[1,2]}");
    assertThat(JsonView.parse("{}")).isSameAs(JsonView.emptyObject());
  }
}
