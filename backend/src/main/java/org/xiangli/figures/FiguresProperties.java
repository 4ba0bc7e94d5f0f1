package org.xiangli.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The {@code xiangli.figures} settings.
 *
 * @param freshness how long a computed figure is answered again before it is computed anew (a write
 *                  it depends on ends it earlier); zero computes every figure on every request
 * @param maximum   most figures kept (one per question and scope)
 * @param slow      a figure whose computation took this long or longer is answered from its last
 *                  computation while the next one runs in the background (at most the freshness old)
 */
@ConfigurationProperties("xiangli.figures")
record FiguresProperties(@DefaultValue("60s") Duration freshness, @DefaultValue("10000") long maximum,
                         @DefaultValue("500ms") Duration slow) {
}
