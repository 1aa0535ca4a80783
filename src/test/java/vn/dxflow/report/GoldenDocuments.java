package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.catalog.Tally;
import vn.dxflow.catalog.Threshold;
import vn.dxflow.cycle.StepResult;

/**
 * What every golden document must show, whatever its kind: it is PDF/A-2b (veraPDF), and its text has no English
 * word outside the proper names and the catalog's own texts. The expected numbers are those of the stored results.
 */
final class GoldenDocuments {

    /**
     * A word of the Latin alphabet without diacritics that has the shape of a Vietnamese syllable (initial
     * consonant, vowels, final consonant): "Lao", "Cai", "Ban". English words rarely fit it ("included", "seeds",
     * "number", "date", "signer", "blank", "level", "rule", "default", "of", "and"); those that do ("the", "not",
     * "in") are too short to matter.
     */
    private static final Pattern SYLLABLE =
            Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");
    private static final Pattern ASCII_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.])[A-Za-z]{3,}(?![\\p{L}\\p{N}])");

    private GoldenDocuments() {
    }

    /** PDF/A-2b, and the text, whitespace made single spaces. */
    static String text(byte[] pdf) throws Exception {
        assertThat(Pdfs.pdfaFailures(pdf, PDFAFlavour.PDFA_2_B)).as("PDF/A-2b conformance").isEmpty();
        return Pdfs.text(pdf);
    }

    /** The words that are neither Vietnamese nor an abbreviation nor in the given texts (names, catalog texts). */
    static List<String> englishWords(String text, Set<String> allowed) {
        List<String> found = new java.util.ArrayList<>();
        Matcher matcher = ASCII_WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            boolean abbreviation = word.equals(word.toUpperCase(Locale.ROOT));
            if (!abbreviation && !allowed.contains(word.toLowerCase(Locale.ROOT))
                    && !SYLLABLE.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                found.add(word);
            }
        }
        return found;
    }

    /** Every word of the texts the catalog lends the reports (names, units, requirements, evidence) and of others. */
    static Set<String> wordsOf(Catalog catalog, String... others) {
        Set<String> words = new HashSet<>();
        Stream<String> texts = Stream.concat(Stream.of(others), catalog.groups().stream().flatMap(group ->
                Stream.concat(Stream.of(group.name(), group.nameInReviews()), group.criteria().stream()
                        .flatMap(GoldenDocuments::textsOf))));
        texts.filter(java.util.Objects::nonNull).forEach(text -> {
            Matcher matcher = Pattern.compile("[A-Za-z]+").matcher(text);
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        });
        return words;
    }

    private static Stream<String> textsOf(Criterion criterion) {
        Stream<Threshold> thresholds = criterion.target() != null ? Stream.of(criterion.target())
                : criterion.levels().values().stream();
        return Stream.concat(Stream.concat(Stream.of(criterion.name(), criterion.unit()), criterion.evidence().stream()),
                thresholds.map(Threshold::text));
    }

    /** "đã hoàn thành 12/14 tiêu chí chuyển đổi số cấp xã năm 2027, tỷ lệ đạt 85,71%." from a stored result. */
    static String completed(StepResult result, String tier, int year) {
        Tally tally = result.assessment().tally();
        return "đã hoàn thành " + tally.met() + "/" + tally.counted() + " tiêu chí chuyển đổi số " + tier + " năm " + year
                + ", tỷ lệ đạt " + CriterionRows.decimal(tally.ratePercent()) + "%.";
    }

    /** "Thực hiện A; B;" as the reports cite the campaign's basis. */
    static String cited(List<String> basis) {
        return "Thực hiện " + String.join("; ", basis) + ";";
    }
}
