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
 */
@ConfigurationProperties("xiangli.figures")
record FiguresProperties(@DefaultValue("60s") Duration freshness, @DefaultValue("10000") long maximum) {
}
