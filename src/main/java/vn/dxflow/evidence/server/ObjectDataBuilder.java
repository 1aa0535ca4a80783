package vn.dxflow.evidence.server;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.Action;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.AllowableActionsImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ObjectDataImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertiesImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyBooleanImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyDateTimeImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIntegerImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;

/** Turns stored entries into CMIS object data: properties (honouring the property filter) and allowable actions. */
final class ObjectDataBuilder {

    private final FileRepository repository;

    ObjectDataBuilder(FileRepository repository) {
        this.repository = repository;
    }

    ObjectData build(Entry e, String filter, Boolean includeAllowableActions) {
        Set<String> wanted = filter == null || filter.isBlank() || filter.trim().equals("*") ? null
                : Arrays.stream(filter.split(",")).map(String::trim).collect(Collectors.toSet());
        PropertiesImpl properties = new PropertiesImpl();
        for (PropertyData<?> property : properties(e)) {
            if (wanted == null || wanted.contains(property.getId()) || isRequired(property.getId())) {
                properties.addProperty(property);
            }
        }
        ObjectDataImpl data = new ObjectDataImpl();
        data.setProperties(properties);
        if (Boolean.TRUE.equals(includeAllowableActions)) {
            AllowableActionsImpl actions = new AllowableActionsImpl();
            actions.setAllowableActions(actions(e));
            data.setAllowableActions(actions);
        }
        return data;
    }

    private static boolean isRequired(String id) {
        return id.equals("cmis:objectId") || id.equals("cmis:baseTypeId") || id.equals("cmis:objectTypeId");
    }

    private List<PropertyData<?>> properties(Entry e) {
        List<PropertyData<?>> p = new ArrayList<>(List.of(
                new PropertyIdImpl("cmis:objectId", e.id),
                new PropertyIdImpl("cmis:baseTypeId", e.baseType),
                new PropertyIdImpl("cmis:objectTypeId", e.typeId),
                new PropertyIdImpl("cmis:secondaryObjectTypeIds", e.secondaryTypeIds),
                new PropertyStringImpl("cmis:name", e.name),
                new PropertyStringImpl("cmis:description", e.description),
                new PropertyStringImpl("cmis:createdBy", e.createdBy),
                new PropertyDateTimeImpl("cmis:creationDate", calendar(e.created)),
                new PropertyStringImpl("cmis:lastModifiedBy", e.modifiedBy),
                new PropertyDateTimeImpl("cmis:lastModificationDate", calendar(e.modified)),
                new PropertyStringImpl("cmis:changeToken", String.valueOf(e.changeToken))));
        if (e.isFolder()) {
            p.add(new PropertyIdImpl("cmis:parentId", e.parentId));
            p.add(new PropertyStringImpl("cmis:path", repository.path(e.id)));
            p.add(new PropertyIdImpl("cmis:allowedChildObjectTypeIds", List.of()));
        } else {
            Optional<Entry> pwc = repository.workingCopy(e.seriesId);
            p.add(new PropertyBooleanImpl("cmis:isImmutable", e.isFrozen()));
            p.add(new PropertyBooleanImpl("cmis:isLatestVersion", e.latest));
            p.add(new PropertyBooleanImpl("cmis:isMajorVersion", e.isMajor()));
            p.add(new PropertyBooleanImpl("cmis:isLatestMajorVersion", repository.isLatestMajor(e)));
            p.add(new PropertyBooleanImpl("cmis:isPrivateWorkingCopy", e.pwc));
            p.add(new PropertyStringImpl("cmis:versionLabel", e.versionLabel()));
            p.add(new PropertyIdImpl("cmis:versionSeriesId", e.seriesId));
            p.add(new PropertyBooleanImpl("cmis:isVersionSeriesCheckedOut", pwc.isPresent()));
            p.add(new PropertyStringImpl("cmis:versionSeriesCheckedOutBy", pwc.map(w -> w.createdBy).orElse(null)));
            p.add(new PropertyIdImpl("cmis:versionSeriesCheckedOutId", pwc.map(w -> w.id).orElse(null)));
            p.add(new PropertyStringImpl("cmis:checkinComment", e.checkinComment));
            p.add(new PropertyIntegerImpl("cmis:contentStreamLength",
                    e.hasContent() ? BigInteger.valueOf(e.length) : null));
            p.add(new PropertyStringImpl("cmis:contentStreamMimeType", e.mimeType));
            p.add(new PropertyStringImpl("cmis:contentStreamFileName", e.fileName));
            p.add(new PropertyIdImpl("cmis:contentStreamId", (String) null));
        }
        e.extra.forEach((id, value) -> p.add(new PropertyStringImpl(id, value)));
        return p;
    }

    private Set<Action> actions(Entry e) {
        Set<Action> actions = EnumSet.of(Action.CAN_GET_PROPERTIES);
        boolean root = FileRepository.ROOT_ID.equals(e.id);
        if (!root) {
            actions.add(Action.CAN_GET_OBJECT_PARENTS);
        }
        if (e.isFolder()) {
            actions.addAll(List.of(Action.CAN_GET_CHILDREN, Action.CAN_CREATE_DOCUMENT, Action.CAN_CREATE_FOLDER,
                    Action.CAN_UPDATE_PROPERTIES));
            if (!root) {
                actions.addAll(List.of(Action.CAN_GET_FOLDER_PARENT, Action.CAN_DELETE_OBJECT,
                        Action.CAN_DELETE_TREE));
            }
            return actions;
        }
        actions.add(Action.CAN_GET_ALL_VERSIONS);
        if (e.hasContent()) {
            actions.add(Action.CAN_GET_CONTENT_STREAM);
        }
        if (e.isFrozen()) {
            return actions;
        }
        actions.addAll(List.of(Action.CAN_UPDATE_PROPERTIES, Action.CAN_DELETE_OBJECT));
        if (e.pwc) {
            actions.addAll(List.of(Action.CAN_CHECK_IN, Action.CAN_CANCEL_CHECK_OUT, Action.CAN_SET_CONTENT_STREAM));
            if (e.hasContent()) {
                actions.add(Action.CAN_DELETE_CONTENT_STREAM);
            }
        } else if (e.latest && repository.workingCopy(e.seriesId).isEmpty()) {
            actions.add(Action.CAN_CHECK_OUT);
        }
        return actions;
    }

    private static GregorianCalendar calendar(long millis) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(millis);
        return calendar;
    }
}
