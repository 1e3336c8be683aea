package dev.tonearm.processor;

import java.util.Locale;

/**
 * Every message the processor prints. The tags never change meaning or number, so users and
 * tests can rely on them; a retired message keeps its number unused.
 */
enum Message {
  /** A handler is private. Arguments: annotation, method. */
  PRIVATE_HANDLER(1, "@%s method %s must not be private: the generated dispatcher calls it"
      + " directly; make it package-private or public"),
  /** A handler is static. Arguments: annotation, method. */
  STATIC_HANDLER(2, "@%s method %s must not be static: handlers run on the registered listener"
      + " object"),
  /** A handler returns something. Arguments: annotation, method, return type. */
  NON_VOID_RETURN(3, "@%s method %s must return void, not %s: nothing reads what a handler"
      + " returns"),
  /** A handler takes no parameter or several. Arguments: annotation, method, count. */
  PARAMETER_COUNT(4, "@%s method %s must take exactly one parameter, the event, but takes %d"),
  /**
   * A handler's parameter cannot receive the event. Arguments: annotation, method, parameter type,
   * event type.
   */
  PARAMETER_TYPE(5, "@%s method %s cannot receive the event: its parameter type %s is neither %s"
      + " nor a supertype of it"),
  /** A method carries two event annotations. Arguments: method, annotation, annotation. */
  TWO_EVENT_ANNOTATIONS(6, "method %s carries both @%s and @%s: a method handles one event type;"
      + " write one method per annotation"),
  /** The listener class, or a class around it, is private. Arguments: class, private class. */
  PRIVATE_CLASS(7, "listener class %s must not be private nor nested in a private class (%s is"
      + " private): its generated dispatcher, a separate class in the same package, calls it"),
  /** A handler is in a local class. Arguments: annotation, method, class. */
  LOCAL_CLASS(8, "@%s method %s is in the local class %s, which no other class can name; declare"
      + " the listener class outside the method"),
  /** A handler is in an anonymous class. Arguments: annotation, method. */
  ANONYMOUS_CLASS(9, "@%s method %s is in an anonymous class, which has no name to generate a"
      + " dispatcher for; declare a named listener class"),
  /** A handler declares type parameters. Arguments: annotation, method. */
  GENERIC_METHOD(10, "@%s method %s must not declare type parameters: the dispatcher passes it one"
      + " event type"),
  /**
   * A handler's parameter is a type variable. Arguments: annotation, method, type variable, event
   * type.
   */
  TYPE_VARIABLE_PARAMETER(11, "@%s method %s takes the type variable %s: a generic listener class"
      + " is dispatched through its wildcard type, where a type variable cannot receive an event;"
      + " declare the parameter as %s or a supertype of it"),
  /** A handler declares a checked exception. Arguments: annotation, method, exception. */
  CHECKED_EXCEPTION(12, "@%s method %s must not declare the checked exception %s: dispatch cannot"
      + " pass it on; handle it in the method"),
  /** A handler is declared in an interface. Arguments: annotation, method, interface. */
  HANDLER_IN_INTERFACE(13, "@%s method %s is declared in the interface %s: declare handlers in a"
      + " class"),
  /** The node filter is blank. Arguments: annotation, method. */
  BLANK_NODE(14, "@%s(node = ...) on %s is blank, and no node has a blank name; leave node out to"
      + " accept events from every node"),
  /** The extra event type filter is blank. Arguments: annotation, method. */
  BLANK_EVENT_TYPE(15, "@%s(type = ...) on %s is blank, and no event type is; leave type out to"
      + " accept every type"),
  /**
   * An inherited handler is not accessible from the subclass's package. Arguments: listener class,
   * annotation, method, package.
   */
  INACCESSIBLE_INHERITED_HANDLER(16, "listener class %s inherits the @%s method %s, which is not"
      + " public and is declared in another package, so the dispatcher in package %s cannot call"
      + " it; make the method public"),
  /**
   * An inherited handler breaks a rule and its own class is not compiled here to report it.
   * Arguments: listener class, the rule's message.
   */
  INVALID_INHERITED_HANDLER(17, "listener class %s inherits an invalid handler: %s"),
  /** The dispatcher could not be written. Arguments: dispatcher, reason. */
  CANNOT_WRITE(18, "cannot write %s: %s");

  private final String tag;
  private final String template;

  Message(int number, String template) {
    this.tag = String.format(Locale.ROOT, "[TONEARM-%03d]", number);
    this.template = template;
  }

  /** Returns the stable tag, such as {@code [TONEARM-001]}. */
  String tag() {
    return tag;
  }

  /** Returns the message with its tag, formatted with the arguments. */
  String format(Object... arguments) {
    return tag + " " + String.format(Locale.ROOT, template, arguments);
  }
}
