package vn.dxflow.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the units file (CSV: {@code code,name,kind,parent}; lines starting with {@code #} are comments) and
 * refuses it whole when any line is wrong, so a half-valid organisation never reaches the engine.
 */
final class UnitFileParser {

    private static final String HEADER = "code,name,kind,parent";
    /** Codes become part of Camunda group and user ids, whose whitelist allows letters and digits only. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");

    /** Characters of a units file: Vietnam's whole register (some 3,400 units) is about 200 KB. */
    static final long MAX_CHARS = 10L * 1024 * 1024;

    private record Line(int number, OrgUnit unit) {
    }

    OrgChart parse(String source, Reader reader) throws IOException {
        List<UnitFileException.Problem> problems = new ArrayList<>();
        List<Line> lines = readLines(new BufferedReader(reader), problems);
        checkReferences(lines, problems);
        if (problems.isEmpty()) {
            checkCycles(lines, problems);
        }
        if (problems.isEmpty()) {
            checkTiers(lines, problems);
        }
        if (!problems.isEmpty()) {
            throw new UnitFileException(source, problems);
        }
        return new OrgChart(lines.stream().map(Line::unit).toList());
    }

    private List<Line> readLines(BufferedReader reader, List<UnitFileException.Problem> problems) throws IOException {
        List<Line> lines = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        long chars = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            chars += text.length() + 1;
            if (chars > MAX_CHARS) {
                problems.add(new UnitFileException.Problem(number, "the file is larger than " + MAX_CHARS
                        + " characters", "tệp lớn hơn " + MAX_CHARS + " ký tự"));
                return lines;
            }
            String trimmed = text.strip();
            if (number == 1 && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1);
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add(new UnitFileException.Problem(number,
                            "header must be '" + HEADER + "', found '" + trimmed + "'",
                            "dòng tiêu đề phải là '" + HEADER + "', nhưng là '" + trimmed + "'"));
                    return lines;
                }
                continue;
            }
            int lineNumber = number;
            parseLine(lineNumber, trimmed, problems).ifPresent(unit -> lines.add(new Line(lineNumber, unit)));
        }
        if (!headerSeen) {
            problems.add(new UnitFileException.Problem(number, "the file has no header line '" + HEADER + "'",
                    "tệp không có dòng tiêu đề '" + HEADER + "'"));
        }
        return lines;
    }

    private Optional<OrgUnit> parseLine(int number, String text, List<UnitFileException.Problem> problems) {
        String[] fields = text.split(",", -1);
        if (fields.length != 4) {
            problems.add(new UnitFileException.Problem(number,
                    "expected 4 fields (code,name,kind,parent), found " + fields.length,
                    "cần 4 cột (mã,tên,loại,đơn vị cấp trên), nhưng có " + fields.length));
            return Optional.empty();
        }
        String code = fields[0].strip();
        String name = fields[1].strip();
        String kindLabel = fields[2].strip();
        String parent = fields[3].strip();
        int before = problems.size();
        if (!CODE.matcher(code).matches()) {
            problems.add(new UnitFileException.Problem(number,
                    "code '" + code + "' must be 1 to 20 letters or digits",
                    "mã '" + code + "' phải gồm 1 đến 20 chữ cái hoặc chữ số"));
        }
        if (name.isEmpty()) {
            problems.add(new UnitFileException.Problem(number, "unit " + code + " has no name",
                    "đơn vị " + code + " chưa có tên"));
        }
        var kind = UnitKind.fromLabel(kindLabel);
        if (kind.isEmpty()) {
            problems.add(new UnitFileException.Problem(number,
                    "unit " + code + " has unknown kind '" + kindLabel + "'",
                    "đơn vị " + code + " có loại không hợp lệ '" + kindLabel + "'"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new OrgUnit(code, name, kind.get(), parent.isEmpty() ? null : parent));
    }

    private void checkReferences(List<Line> lines, List<UnitFileException.Problem> problems) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Line line : lines) {
            Integer earlier = firstLine.putIfAbsent(line.unit().code(), line.number());
            if (earlier != null) {
                problems.add(new UnitFileException.Problem(line.number(),
                        "duplicate code '" + line.unit().code() + "' (first on line " + earlier + ")",
                        "mã '" + line.unit().code() + "' bị trùng (đã có ở dòng " + earlier + ")"));
            }
        }
        for (Line line : lines) {
            String parent = line.unit().parentCode();
            if (parent != null && !firstLine.containsKey(parent)) {
                problems.add(new UnitFileException.Problem(line.number(),
                        "unit " + line.unit().code() + " has unknown parent '" + parent + "'",
                        "đơn vị " + line.unit().code() + " có đơn vị cấp trên không tồn tại '" + parent + "'"));
            }
        }
    }

    private void checkCycles(List<Line> lines, List<UnitFileException.Problem> problems) {
        Map<String, Line> byCode = new HashMap<>();
        lines.forEach(line -> byCode.put(line.unit().code(), line));
        Set<String> reported = new HashSet<>();
        for (Line line : lines) {
            List<String> path = new ArrayList<>();
            for (Line current = line; current != null; current = byCode.get(current.unit().parentCode())) {
                String code = current.unit().code();
                if (path.contains(code)) {
                    List<String> cycle = path.subList(path.indexOf(code), path.size());
                    if (reported.addAll(cycle)) {
                        String chain = String.join(" → ", cycle) + " → " + code;
                        problems.add(new UnitFileException.Problem(current.number(),
                                "parent cycle: " + chain, "vòng lặp đơn vị cấp trên: " + chain));
                    }
                    break;
                }
                path.add(code);
            }
        }
    }

    private void checkTiers(List<Line> lines, List<UnitFileException.Problem> problems) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        lines.forEach(line -> byCode.put(line.unit().code(), line.unit()));
        for (Line line : lines) {
            OrgUnit unit = line.unit();
            OrgUnit parent = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
            String problem = tierProblem(unit, parent);
            if (problem != null) {
                problems.add(new UnitFileException.Problem(line.number(),
                        "unit " + unit.code() + " (" + unit.kind().label() + ") " + problem,
                        "đơn vị " + unit.code() + " (" + unit.kind().label() + ") " + vietnamese(problem)));
            }
        }
    }

    private static String tierProblem(OrgUnit unit, OrgUnit parent) {
        return switch (unit.tier()) {
            case PROVINCE -> parent == null ? null : "must not have a parent";
            case DISTRICT -> parent != null && parent.tier() == UnitKind.Tier.PROVINCE ? null
                    : "must have a province as parent";
            case COMMUNE -> parent != null && parent.tier() != UnitKind.Tier.COMMUNE ? null
                    : "must have a district or a province as parent";
        };
    }

    private static String vietnamese(String problem) {
        return switch (problem) {
            case "must not have a parent" -> "không được có đơn vị cấp trên";
            case "must have a province as parent" -> "phải có đơn vị cấp trên là cấp tỉnh";
            default -> "phải có đơn vị cấp trên là cấp huyện hoặc cấp tỉnh";
        };
    }
}
