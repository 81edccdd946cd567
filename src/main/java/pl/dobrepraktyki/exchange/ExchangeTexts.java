package pl.dobrepraktyki.exchange;

/** Trimming of texts people type: blank becomes {@code null}. */
final class ExchangeTexts {

    private ExchangeTexts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
