package org.xiangli.eldercare;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.region.RegionSuccession;
import org.xiangli.security.Roles;

import java.util.List;

/** {@code moveElder}: an elder moving house to another village, with the household's records. */
@Controller
class ElderMoveController {

    private final ElderRelocation relocation;

    ElderMoveController(ElderRelocation relocation) {
        this.relocation = relocation;
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    MoveElderPayload moveElder(@Argument @Valid MoveElderInput input) {
        ElderRelocation.Relocated relocated = relocation.relocate(input);
        return new MoveElderPayload(relocated.elder(), relocated.moved());
    }

    record MoveElderInput(
            @NotBlank String elderId,
            long version,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a village's 12-digit code") String villageCode,
            @NotBlank @Size(max = 500) String reason) {
    }

    record MoveElderPayload(Elder elder, List<RegionSuccession.Moved> moved) {
    }
}
