package dev.tonearm.testkit.discord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/** A real JDA logged into a fake Discord, with every event it fired. */
final class Bot implements AutoCloseable {
  final JDA jda;
  final List<GenericEvent> events = new CopyOnWriteArrayList<>();

  private Bot(JDA jda) {
    this.jda = jda;
  }

  /** Builds JDA for the fake and waits until it is ready. */
  static Bot login(FakeDiscord discord, UnaryOperator<JDABuilder> customize)
      throws InterruptedException {
    List<GenericEvent> events = new CopyOnWriteArrayList<>();
    EventListener recorder = events::add;
    JDA jda = customize.apply(discord.configure(JDABuilder.createDefault(discord.botToken())))
        .addEventListeners(recorder)
        .build();
    Bot bot = new Bot(jda);
    bot.events.addAll(events);
    jda.removeEventListener(recorder);
    jda.addEventListener((EventListener) bot.events::add);
    jda.awaitReady();
    return bot;
  }

  static Bot login(FakeDiscord discord) throws InterruptedException {
    return login(discord, UnaryOperator.identity());
  }

  /** The events of a type JDA fired so far, in order. */
  <T extends GenericEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Shuts JDA down, letting REST calls still under way finish. */
  @Override
  public void close() throws InterruptedException {
    jda.shutdown();
    jda.awaitShutdown();
  }
}
