package org.xiangli.matter;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MatterPhotos extends Repository<MatterPhoto, Long> {

    MatterPhoto save(MatterPhoto photo);

    Optional<MatterPhoto> findById(Long id);

    List<MatterPhoto> findByIdIn(Collection<Long> ids);

    List<MatterPhoto> findByMatterIdInOrderByUploadedAtAscIdAsc(Collection<Long> matterIds);
}
