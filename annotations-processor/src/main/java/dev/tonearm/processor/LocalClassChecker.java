package dev.tonearm.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reports handlers declared in local and anonymous classes. Such classes live inside method
 * bodies, which annotation processing never enters, so this runs as a javac task listener once
 * each class has been attributed.
 */
final class LocalClassChecker implements TaskListener {
  private final Trees trees;
  private final EventAnnotations annotations;
  private final Set<Element> reported = new HashSet<>();

  private LocalClassChecker(Trees trees, EventAnnotations annotations) {
    this.trees = trees;
    this.annotations = annotations;
  }

  /**
   * Installs the checker on the running javac; does nothing on other compilers.
   *
   * @param env the processing environment, possibly wrapped by a build tool
   * @param annotations recognises event annotations
   */
  static void install(ProcessingEnvironment env, EventAnnotations annotations) {
    ProcessingEnvironment javacEnv = unwrap(env);
    if (javacEnv == null) {
      return;
    }
    JavacTask task = JavacTask.instance(javacEnv);
    task.addTaskListener(new LocalClassChecker(Trees.instance(javacEnv), annotations));
  }

  private static @Nullable ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    for (int depth = 0; depth < 4; depth++) {
      try {
        JavacTask.instance(env);
        return env;
      } catch (IllegalArgumentException | IllegalStateException notJavac) {
        // Gradle wraps javac's environment for incremental compilation; its delegate is javac's.
        @Nullable ProcessingEnvironment delegate = delegateOf(env);
        if (delegate == null) {
          return null;
        }
        env = delegate;
      }
    }
    return null;
  }

  private static @Nullable ProcessingEnvironment delegateOf(ProcessingEnvironment env) {
    for (Class<?> type = env.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("delegate");
        field.setAccessible(true);
        return field.get(env) instanceof ProcessingEnvironment delegate ? delegate : null;
      } catch (NoSuchFieldException e) {
        // try the superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    CompilationUnitTree unit = event.getCompilationUnit();
    TreePath path = trees.getPath(event.getTypeElement());
    if (unit == null || path == null) {
      return;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof TypeElement type) {
          NestingKind nesting = type.getNestingKind();
          if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
            check(type, tree, unit);
          }
        }
        return super.visitClass(tree, unused);
      }
    }.scan(path, null);
  }

  private void check(TypeElement type, ClassTree tree, CompilationUnitTree unit) {
    TreePath classPath = trees.getPath(unit, tree);
    for (Tree member : tree.getMembers()) {
      if (!(member instanceof MethodTree method)) {
        continue;
      }
      Element element = trees.getElement(new TreePath(classPath, method));
      if (!(element instanceof ExecutableElement executable) || !reported.add(element)) {
        continue;
      }
      for (EventAnnotations.Use use : annotations.on(executable)) {
        String message = type.getNestingKind() == NestingKind.LOCAL
            ? Message.LOCAL_CLASS.format(use.type().simpleName(), ListenerScanner.describe(executable),
                type.getSimpleName())
            : Message.ANONYMOUS_CLASS.format(use.type().simpleName(), ListenerScanner.describe(executable));
        trees.printMessage(Diagnostic.Kind.ERROR, message, method, unit);
      }
    }
  }
}
