package vn.dxflow.security;

import java.util.List;
import vn.dxflow.org.Role;

/** The authenticated user of a DXFlow API request. */
public record CurrentUser(String userId, List<String> groupIds) {

    public boolean isAdmin() {
        return groupIds.contains(Role.ADMIN_GROUP);
    }
}
