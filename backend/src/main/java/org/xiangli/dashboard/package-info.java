/**
 * Serving the web dashboard: the static build of {@code frontend/} (packaged under
 * {@code classpath:/static/}), history-mode routes that fall back to {@code index.html}, the
 * dashboard's run-time settings ({@code /config.js}) and the API explorer.
 */
@NullMarked
package org.xiangli.dashboard;

import org.jspecify.annotations.NullMarked;
