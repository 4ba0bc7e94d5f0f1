package org.xiangli.eldercare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.xiangli.audit.ErasureReason;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.xiangli.eldercare.ElderEnums.ContactRelation;
import static org.xiangli.eldercare.ElderEnums.Gender;
import static org.xiangli.eldercare.ElderEnums.LivingSituation;
import static org.xiangli.eldercare.ElderEnums.RiskLevel;

/** The GraphQL inputs of elder care, checked by Bean Validation before any service sees them. */
final class ElderCareInputs {

    static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";
    static final String PHONE_MESSAGE = "must be a mobile number (11 digits starting with 1) or a landline with area code";
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    private ElderCareInputs() {
    }

    record RegisterElderInput(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
            @NotBlank @Size(max = 100) String name,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @Nullable @Pattern(regexp = "\\d{17}[\\dX]", message = "must be an 18-character resident ID number") String idNumber,
            @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Nullable @Size(max = 300) String address,
            @NotNull LivingSituation livingSituation,
            @NotNull RiskLevel riskLevel,
            @Nullable @Size(max = 300) String healthNotes,
            @Nullable @Size(max = 8) List<@Valid CallTreeContactInput> callTree,
            @Nullable @Min(60) @Max(2880) Integer inactivityMinutes,
            @Nullable @Pattern(regexp = TIME, message = "must be HH:mm") String dayStart,
            @Nullable @Pattern(regexp = TIME, message = "must be HH:mm") String dayEnd,
            @Nullable String gridId) {
    }

    /** Changes to an elder's record: omitted fields stay as they are; an empty text clears an optional one. */
    record UpdateElderInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(max = 100) String name,
            @Nullable Gender gender,
            @Nullable @Past LocalDate birthDate,
            @Nullable @Pattern(regexp = "(\\d{17}[\\dX])?", message = "must be an 18-character resident ID number, or empty to clear it")
            String idNumber,
            @Nullable @Pattern(regexp = "(" + PHONE + ")?", message = PHONE_MESSAGE + ", or empty to clear it") String phone,
            @Nullable @Size(max = 300) String address,
            @Nullable LivingSituation livingSituation,
            @Nullable RiskLevel riskLevel,
            @Nullable @Size(max = 300) String healthNotes,
            @Nullable @Valid ElderRulesInput rules,
            @Nullable String gridId) {
    }

    /** An elder's own rule settings, replacing the previous ones whole; each omitted one is the default. */
    record ElderRulesInput(
            @Nullable @Min(60) @Max(2880) Integer inactivityMinutes,
            @Nullable @Pattern(regexp = TIME, message = "must be HH:mm") String dayStart,
            @Nullable @Pattern(regexp = TIME, message = "must be HH:mm") String dayEnd) {
    }

    record RecordElderDepartureInput(@NotBlank String id, long version, @NotNull @PastOrPresent LocalDate departedOn) {
    }

    record AnonymiseElderInput(@NotBlank String id, long version, @NotNull ErasureReason reason) {
    }

    record ReplaceCallTreeInput(
            @NotBlank String elderId,
            long version,
            @NotNull @Size(max = 8) List<@Valid CallTreeContactInput> contacts) {
    }

    record DecommissionDeviceInput(@NotBlank String id, long version, @NotBlank @Size(max = 500) String reason) {
    }

    record CallTreeContactInput(
            @NotNull ContactRelation relation,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {
    }

    record RegisterDeviceInput(
            @NotBlank String elderId,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,64}", message = "must be 1-64 letters, digits or . _ : -") String serial,
            @NotNull DeviceType type,
            @Nullable LocalDate installedOn) {
    }

    record StartVisitModeInput(
            @NotBlank String elderId,
            @NotBlank @Size(max = 500) String reason,
            @NotNull Instant expiresAt) {
    }

    record EndVisitModeInput(@NotBlank String id, long version) {
    }

    record AlertStepInput(@NotBlank String id, long version, @Nullable @Size(max = 1000) String note) {
    }

    record ResolveAlertInput(@NotBlank String id, long version, @NotNull AlertOutcome outcome,
                             @Nullable @Size(max = 1000) String note) {
    }

    record LogAlertCallInput(@NotBlank String id, long version, @Min(0) @Max(8) int contactPosition,
                             @NotNull CallResult result, @Nullable @Size(max = 1000) String note) {
    }
}
