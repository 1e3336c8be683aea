/**
 * The HTTP and WebSocket stacks under the REST client and the nodes: OkHttp when it is on the
 * class path (it is in every JDA bot), else the JDK's {@code java.net.http}. Implementation
 * details; not API.
 */
@NullMarked
package dev.tonearm.internal.transport;

import org.jspecify.annotations.NullMarked;
