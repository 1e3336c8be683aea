package dev.tonearm.internal.json;

import com.google.gson.JsonElement;
import java.util.Objects;

/**
 * Lets the wire code wrap the trees it decodes into views, and read the tree of a view it
 * encodes, without copying and without a Gson type in the view's public API.
 *
 * <p>The view's class installs the bridge when it is initialized; this class names it only by
 * string so the public JSON package and this one do not import each other.
 */
public final class JsonTrees {
  /** What the view's class installs. */
  public interface Bridge {
    /**
     * Wraps a tree; the caller hands it over and never changes it again.
     *
     * @param tree the tree
     * @return the view
     */
    Object view(JsonElement tree);

    /**
     * Returns the tree behind a view; the caller must not change it.
     *
     * @param view the view
     * @return its tree
     */
    JsonElement tree(Object view);
  }

  private static Bridge bridge;

  static {
    try {
      Class.forName("dev.tonearm.json.JsonView", true, JsonTrees.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private JsonTrees() {}

  /**
   * Installs the bridge; called once, by the view's class initializer.
   *
   * @param installed the bridge
   */
  public static void install(Bridge installed) {
    bridge = Objects.requireNonNull(installed, "bridge");
  }

  /**
   * Wraps a tree without copying it; the caller hands the tree over and never changes it again.
   *
   * @param tree the tree
   * @param <V> the view type, {@code JsonView}
   * @return the view
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public static <V> V view(JsonElement tree) {
    return (V) bridge.view(tree);
  }

  /**
   * Returns the tree behind a view without copying it; the caller must not change it.
   *
   * @param view a {@code JsonView}
   * @return its tree
   */
  public static JsonElement tree(Object view) {
    return bridge.tree(view);
  }
}
