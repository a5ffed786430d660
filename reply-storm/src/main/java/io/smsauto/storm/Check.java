package io.smsauto.storm;

/** One line of the exactly-once accounting. */
record Check(String name, boolean passed, String detail) {

    @Override
    public String toString() {
        return String.format("%-4s %-42s %s", passed ? "PASS" : "FAIL", name, detail);
    }
}
