package dev.tonearm.json;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.tonearm.internal.json.JsonTrees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, read-only view of a JSON value: an object, an array, a string, a number, a
 * boolean or null.
 *
 * <p>Reads never copy: {@link #get(String)} wraps the value inside, and nothing a view hands out
 * can change it. Paths name object members separated by dots, and array elements by their index:
 * {@code get("album.name")}, {@code getString("artists.0.url")}. A member whose name contains a
 * dot is reached with {@link #member(String)}.
 *
 * <pre>{@code
 * String album = track.pluginInfo().findString("albumName").orElse("unknown album");
 * Requester requester = track.userData(Requester.class);
 * }</pre>
 *
 * <p>Two views are equal when their JSON values are equal.
 */
public final class JsonView {
  private static final Gson GSON = new Gson();
  private static final JsonView EMPTY_OBJECT = new JsonView(new JsonObject());
  private static final JsonView NULL = new JsonView(JsonNull.INSTANCE);

  static {
    JsonTrees.install(new JsonTrees.Bridge() {
      @Override
      public Object view(JsonElement tree) {
        return wrap(tree);
      }

      @Override
      public JsonElement tree(Object view) {
        return ((JsonView) view).tree;
      }
    });
  }

  private final JsonElement tree;

  private JsonView(JsonElement tree) {
    this.tree = tree;
  }

  private static JsonView wrap(JsonElement tree) {
    if (tree.isJsonNull()) {
      return NULL;
    }
    return tree.isJsonObject() && tree.getAsJsonObject().isEmpty() ? EMPTY_OBJECT : new JsonView(tree);
  }

  /** {@return the empty JSON object {@code {}}} */
  public static JsonView emptyObject() {
    return EMPTY_OBJECT;
  }

  /**
   * Parses JSON text.
   *
   * @param json the text, such as {@code {"name":"Robin"}}
   * @return the view of the parsed value
   * @throws JsonViewException if the text is not JSON
   */
  public static JsonView parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return wrap(JsonParser.parseString(json));
    } catch (JsonParseException e) {
      throw new JsonViewException("", "not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Converts an object to JSON: a record or plain class by its fields, a map as an object, a
   * collection or array as an array, a string, number or boolean as itself. A view is returned
   * as it is. On the module path the object's package must be open to {@code com.google.gson}.
   *
   * @param value the object
   * @return the view of its JSON
   * @throws JsonViewException if the object cannot be converted
   */
  public static JsonView of(@Nullable Object value) {
    if (value instanceof JsonView view) {
      return view;
    }
    try {
      return wrap(GSON.toJsonTree(value));
    } catch (RuntimeException e) {
      throw new JsonViewException("",
          "cannot convert " + value.getClass().getName() + " to JSON: " + e.getMessage(), e);
    }
  }

  /** {@return true if this is a JSON object} */
  public boolean isObject() {
    return tree.isJsonObject();
  }

  /** {@return true if this is a JSON array} */
  public boolean isArray() {
    return tree.isJsonArray();
  }

  /** {@return true if this is a JSON string} */
  public boolean isString() {
    return tree.isJsonPrimitive() && tree.getAsJsonPrimitive().isString();
  }

  /** {@return true if this is a JSON number} */
  public boolean isNumber() {
    return tree.isJsonPrimitive() && tree.getAsJsonPrimitive().isNumber();
  }

  /** {@return true if this is a JSON boolean} */
  public boolean isBoolean() {
    return tree.isJsonPrimitive() && tree.getAsJsonPrimitive().isBoolean();
  }

  /** {@return true if this is JSON null} */
  public boolean isNull() {
    return tree.isJsonNull();
  }

  /** {@return true if this is an empty object or an empty array} */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** {@return the number of members of an object or elements of an array; 0 for anything else} */
  public int size() {
    if (tree.isJsonObject()) {
      return tree.getAsJsonObject().size();
    }
    return tree.isJsonArray() ? tree.getAsJsonArray().size() : 0;
  }

  /** {@return the member names of an object, in order; empty for anything else; unmodifiable} */
  public Set<String> keys() {
    return tree.isJsonObject() ? Collections.unmodifiableSet(tree.getAsJsonObject().keySet())
        : Set.of();
  }

  /**
   * Returns the elements of an array.
   *
   * @return the elements, in order; unmodifiable
   * @throws JsonViewException if this is not an array
   */
  public List<JsonView> elements() {
    if (!tree.isJsonArray()) {
      throw wrongType("", "an array");
    }
    JsonArray array = tree.getAsJsonArray();
    List<JsonView> elements = new ArrayList<>(array.size());
    for (JsonElement element : array) {
      elements.add(wrap(element));
    }
    return Collections.unmodifiableList(elements);
  }

  /**
   * Tells whether the path leads to a value; a member that is JSON null counts as absent.
   *
   * @param path the path, such as {@code album.name}
   * @return true if there is a non-null value at the path
   */
  public boolean has(String path) {
    JsonElement found = walk(path);
    return found != null && !found.isJsonNull();
  }

  /**
   * Finds the value at a path; a member that is JSON null counts as absent.
   *
   * @param path the path, such as {@code album.name}
   * @return the value, or empty if the path leads nowhere
   */
  public Optional<JsonView> find(String path) {
    JsonElement found = walk(path);
    return found == null || found.isJsonNull() ? Optional.empty() : Optional.of(wrap(found));
  }

  /**
   * Returns the value at a path.
   *
   * @param path the path, such as {@code album.name}
   * @return the value
   * @throws JsonViewException if the path leads nowhere or to JSON null
   */
  public JsonView get(String path) {
    JsonElement found = walk(path);
    if (found == null || found.isJsonNull()) {
      throw new JsonViewException(path, "no value at '" + path + "' in " + describe(tree), null);
    }
    return wrap(found);
  }

  /**
   * Returns one member of an object by its exact name, which may contain dots.
   *
   * @param name the member name
   * @return the member's value, or empty if this is not an object, has no such member, or it is
   *     JSON null
   */
  public Optional<JsonView> member(String name) {
    if (!tree.isJsonObject()) {
      return Optional.empty();
    }
    JsonElement found = tree.getAsJsonObject().get(name);
    return found == null || found.isJsonNull() ? Optional.empty() : Optional.of(wrap(found));
  }

  /**
   * Returns the string at a path.
   *
   * @param path the path
   * @return the string
   * @throws JsonViewException if the path leads nowhere or to something else than a string
   */
  public String getString(String path) {
    return get(path).asString(path);
  }

  /**
   * Returns the whole number at a path.
   *
   * @param path the path
   * @return the number
   * @throws JsonViewException if the path leads nowhere or to something else than a whole number
   */
  public long getLong(String path) {
    return get(path).asLong(path);
  }

  /**
   * Returns the whole number at a path, which must fit an {@code int}.
   *
   * @param path the path
   * @return the number
   * @throws JsonViewException if the path leads nowhere or to something else than an int
   */
  public int getInt(String path) {
    return get(path).asInt(path);
  }

  /**
   * Returns the number at a path.
   *
   * @param path the path
   * @return the number
   * @throws JsonViewException if the path leads nowhere or to something else than a number
   */
  public double getDouble(String path) {
    return get(path).asDouble(path);
  }

  /**
   * Returns the boolean at a path.
   *
   * @param path the path
   * @return the boolean
   * @throws JsonViewException if the path leads nowhere or to something else than a boolean
   */
  public boolean getBoolean(String path) {
    return get(path).asBoolean(path);
  }

  /**
   * Finds the string at a path.
   *
   * @param path the path
   * @return the string, or empty if the path leads nowhere or to JSON null
   * @throws JsonViewException if the path leads to something else than a string
   */
  public Optional<String> findString(String path) {
    return find(path).map(view -> view.asString(path));
  }

  /**
   * Finds the whole number at a path.
   *
   * @param path the path
   * @return the number, or empty if the path leads nowhere or to JSON null
   * @throws JsonViewException if the path leads to something else than a whole number
   */
  public Optional<Long> findLong(String path) {
    return find(path).map(view -> view.asLong(path));
  }

  /**
   * Finds the boolean at a path.
   *
   * @param path the path
   * @return the boolean, or empty if the path leads nowhere or to JSON null
   * @throws JsonViewException if the path leads to something else than a boolean
   */
  public Optional<Boolean> findBoolean(String path) {
    return find(path).map(view -> view.asBoolean(path));
  }

  /**
   * Returns this value as a string.
   *
   * @return the string
   * @throws JsonViewException if this is not a string
   */
  public String asString() {
    return asString("");
  }

  /**
   * Returns this value as a whole number.
   *
   * @return the number
   * @throws JsonViewException if this is not a whole number that fits a {@code long}
   */
  public long asLong() {
    return asLong("");
  }

  /**
   * Returns this value as a whole number that fits an {@code int}.
   *
   * @return the number
   * @throws JsonViewException if this is not a whole number that fits an {@code int}
   */
  public int asInt() {
    return asInt("");
  }

  /**
   * Returns this value as a number.
   *
   * @return the number
   * @throws JsonViewException if this is not a number
   */
  public double asDouble() {
    return asDouble("");
  }

  /**
   * Returns this value as a boolean.
   *
   * @return the boolean
   * @throws JsonViewException if this is not a boolean
   */
  public boolean asBoolean() {
    return asBoolean("");
  }

  /**
   * Binds this value to an object of the given class, such as a record of the bot's own, by
   * matching member names to field names. On the module path the class's package must be open to
   * {@code com.google.gson}.
   *
   * @param type the class
   * @param <T> the type
   * @return a new object of that class
   * @throws JsonViewException if the JSON does not fit the class
   */
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    try {
      T bound = GSON.fromJson(tree, type);
      if (bound == null) {
        throw new JsonViewException("", "cannot bind JSON null to " + type.getName(), null);
      }
      return bound;
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new JsonViewException("",
          "cannot bind " + describe(tree) + " to " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** {@return this value as compact JSON text} */
  public String toJson() {
    return tree.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonView other && tree.equals(other.tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  /** Returns the JSON text, as {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }

  private @Nullable JsonElement walk(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      return tree;
    }
    JsonElement at = tree;
    int start = 0;
    while (at != null) {
      int dot = path.indexOf('.', start);
      String step = path.substring(start, dot < 0 ? path.length() : dot);
      at = step(at, step);
      if (dot < 0) {
        return at;
      }
      start = dot + 1;
    }
    return null;
  }

  private static @Nullable JsonElement step(JsonElement at, String step) {
    if (at.isJsonObject()) {
      return at.getAsJsonObject().get(step);
    }
    if (at.isJsonArray()) {
      JsonArray array = at.getAsJsonArray();
      int index = index(step);
      return index >= 0 && index < array.size() ? array.get(index) : null;
    }
    return null;
  }

  private static int index(String step) {
    if (step.isEmpty() || step.length() > 9) {
      return -1;
    }
    for (int i = 0; i < step.length(); i++) {
      if (!Character.isDigit(step.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(step);
  }

  private String asString(String path) {
    if (!isString()) {
      throw wrongType(path, "a string");
    }
    return tree.getAsString();
  }

  private long asLong(String path) {
    JsonPrimitive number = number(path, "a whole number");
    try {
      return number.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException e) {
      throw wrongType(path, "a whole number");
    }
  }

  private int asInt(String path) {
    long value = asLong(path);
    if (value != (int) value) {
      throw wrongType(path, "a whole number that fits an int");
    }
    return (int) value;
  }

  private double asDouble(String path) {
    return number(path, "a number").getAsDouble();
  }

  private boolean asBoolean(String path) {
    if (!isBoolean()) {
      throw wrongType(path, "a boolean");
    }
    return tree.getAsBoolean();
  }

  private JsonPrimitive number(String path, String expected) {
    if (!isNumber()) {
      throw wrongType(path, expected);
    }
    return tree.getAsJsonPrimitive();
  }

  private JsonViewException wrongType(String path, String expected) {
    String where = path.isEmpty() ? "the value" : "'" + path + "'";
    return new JsonViewException(path,
        "expected " + expected + " at " + where + " but got " + describe(tree), null);
  }

  private static String describe(JsonElement element) {
    String text = element.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
