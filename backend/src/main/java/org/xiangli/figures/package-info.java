/**
 * Platform-wide figures (counts and sums over every row in a scope) kept for a bounded time, so a
 * dashboard that many officials open does not read the whole table on every request: {@link
 * org.xiangli.figures.Figures}. Every answer says when it was computed.
 */
@NullMarked
package org.xiangli.figures;

import org.jspecify.annotations.NullMarked;
