/**
 * Live changes, one way for every feature: a committed change reaches this instance's graphql-ws
 * subscribers as it commits and every other instance's through the {@code change_outbox} table,
 * which each instance polls ({@link org.xiangli.live.ChangeFeed}). A feature opens a
 * {@link org.xiangli.live.ChangeStream} per kind of change (a topic) with
 * {@link org.xiangli.live.ChangeStreams#open}, publishes its changes as Spring events implementing
 * {@link org.xiangli.live.LiveChange}, and filters the stream by what each subscriber may see.
 */
@NullMarked
package org.xiangli.live;

import org.jspecify.annotations.NullMarked;
