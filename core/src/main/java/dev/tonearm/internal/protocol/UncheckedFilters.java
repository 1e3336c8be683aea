package dev.tonearm.internal.protocol;

import dev.tonearm.player.Filters;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Hands the codec a {@link Filters.Builder} that skips the documented range checks, without
 * making one public: a node is authoritative about the filters it applied, so its values must
 * survive being read, while users must go through the checks. {@link Filters} registers the
 * factory when it is initialised; no reflection is involved, so this also works in native images.
 */
public final class UncheckedFilters {
  private static volatile @Nullable Supplier<Filters.Builder> factory;

  private UncheckedFilters() {}

  /**
   * Called once, by {@link Filters}'s static initialiser.
   *
   * @throws IllegalStateException if a factory was registered already
   */
  public static synchronized void register(Supplier<Filters.Builder> builders) {
    if (factory != null) {
      throw new IllegalStateException("the unchecked filters builder is registered already");
    }
    factory = builders;
  }

  static Filters.Builder builder() {
    Supplier<Filters.Builder> builders = factory;
    if (builders == null) {
      // Initialising Filters registers the factory.
      Filters.NONE.isEmpty();
      builders = factory;
    }
    if (builders == null) {
      throw new IllegalStateException("Filters did not register its unchecked builder");
    }
    return builders.get();
  }
}
