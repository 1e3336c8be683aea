package dev.tonearm;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core's public API names no Gson type, so Gson stays a detail that can be replaced. */
class PublicApiTest {
  private static final String GSON = "com.google.gson";

  @Test
  void publicApi_outsideInternal_namesNoGsonType() throws Exception {
    List<String> mentions = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      mentions.addAll(gsonMentions(type));
    }

    assertThat(mentions).as("public members that name a %s type", GSON).isEmpty();
  }

  @Test
  void gsonMentions_typeExposingGson_namesEachMember() {
    List<String> mentions = gsonMentions(ExposesGson.class);

    assertThat(mentions).containsExactlyInAnyOrder(
        "dev.tonearm.PublicApiTest$ExposesGson.tree (field)",
        "dev.tonearm.PublicApiTest$ExposesGson.trees(...) (method)",
        "dev.tonearm.PublicApiTest$ExposesGson(...) (constructor)");
  }

  @Test
  void publicTypes_coreClasses_includeTheApiAndSkipInternal() throws Exception {
    List<Class<?>> types = publicTypes();

    assertThat(types).contains(Lavalink.class, dev.tonearm.track.Track.class,
        dev.tonearm.json.JsonView.class);
    assertThat(types).noneMatch(type -> type.getName().contains(".internal."));
  }

  /** Public types of core's main classes outside {@code internal}, nested public types too. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path root = Path.of(Lavalink.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!relative.endsWith(".class") || relative.contains("internal/")
            || relative.endsWith("module-info.class") || relative.endsWith("package-info.class")) {
          continue;
        }
        String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (isVisible(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
      int modifiers = at.getModifiers();
      boolean visible = Modifier.isPublic(modifiers)
          || (at != type || at.getDeclaringClass() != null) && Modifier.isProtected(modifiers);
      if (!visible || at.isAnonymousClass() || at.isLocalClass() || at.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /** Every public or protected member of the type that names a Gson type anywhere in it. */
  static List<String> gsonMentions(Class<?> type) {
    List<String> mentions = new ArrayList<>();
    List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
    if (type.getGenericSuperclass() != null) {
      supertypes.add(type.getGenericSuperclass());
    }
    if (mentionsGson(supertypes.toArray(Type[]::new))) {
      mentions.add(type.getName() + " (supertype)");
    }
    for (Field field : type.getDeclaredFields()) {
      if (exposed(field) && mentionsGson(field.getGenericType())) {
        mentions.add(type.getName() + "." + field.getName() + " (field)");
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (exposed(method) && !method.isBridge() && mentions(method, method.getGenericReturnType())) {
        mentions.add(type.getName() + "." + method.getName() + "(...) (method)");
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (exposed(constructor) && mentions(constructor)) {
        mentions.add(type.getName() + "(...) (constructor)");
      }
    }
    return mentions;
  }

  private static boolean exposed(Member member) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static boolean mentions(Executable executable, Type... more) {
    return mentionsGson(executable.getGenericParameterTypes())
        || mentionsGson(executable.getGenericExceptionTypes())
        || mentionsGson(executable.getTypeParameters())
        || mentionsGson(more);
  }

  private static boolean mentionsGson(Type... types) {
    Set<Type> seen = new HashSet<>();
    for (Type type : types) {
      if (mentionsGson(type, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsGson(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return false;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      return element.getName().startsWith(GSON + ".");
    }
    if (type instanceof ParameterizedType parameterized) {
      return mentionsGson(parameterized.getRawType(), seen)
          || anyMentions(parameterized.getActualTypeArguments(), seen);
    }
    if (type instanceof WildcardType wildcard) {
      return anyMentions(wildcard.getUpperBounds(), seen) || anyMentions(wildcard.getLowerBounds(), seen);
    }
    if (type instanceof GenericArrayType array) {
      return mentionsGson(array.getGenericComponentType(), seen);
    }
    if (type instanceof TypeVariable<?> variable) {
      return anyMentions(variable.getBounds(), seen);
    }
    return false;
  }

  private static boolean anyMentions(Type[] types, Set<Type> seen) {
    for (Type type : types) {
      if (mentionsGson(type, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Names Gson in a field, a method's type argument and a constructor; hides it in a private method. */
  @SuppressWarnings("unused")
  public static final class ExposesGson {
    public JsonObject tree = new JsonObject();

    public ExposesGson(JsonObject tree) {}

    public List<? extends JsonObject> trees() {
      return List.of();
    }

    private JsonObject hidden() {
      return tree;
    }

    public String fine() {
      return "";
    }
  }
}
