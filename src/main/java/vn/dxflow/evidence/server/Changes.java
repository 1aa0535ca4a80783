package vn.dxflow.evidence.server;

import java.util.List;
import java.util.Map;

/**
 * Property values sent by a client for a create, update or check-in; {@code null} fields stay unchanged.
 * {@code extra} holds secondary-type properties, a {@code null} value removing one.
 */
record Changes(String name, String typeId, String description, List<String> secondaryTypeIds,
               Map<String, String> extra) {
}
