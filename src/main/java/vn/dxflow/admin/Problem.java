package vn.dxflow.admin;

/** One thing to fix in a model before it can be deployed, in Vietnamese, with the element it is about. */
record Problem(String elementId, String message) {

    static Problem ofModel(String message) {
        return new Problem(null, message);
    }
}
