package org.xiangli.talent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code xiangli.talents} settings.
 *
 * @param maxConcurrentImports how many Excel imports run at once; more wait their turn
 * @param maxImportRows        most data rows one import or export takes
 * @param maxUploadSize        largest .xlsx upload
 */
@Validated
@ConfigurationProperties("xiangli.talents")
record TalentsProperties(@DefaultValue("2") @Min(1) @Max(16) int maxConcurrentImports,
                         @DefaultValue("50000") @Min(1) int maxImportRows,
                         @DefaultValue("20MB") DataSize maxUploadSize) {
}
