package vn.thidua.organization;

import static vn.thidua.organization.TayNinhStructure.MERGER_DAY;
import static vn.thidua.organization.TayNinhStructure.NEW_PROVINCE;
import static vn.thidua.organization.TayNinhStructure.OLD_LONG_AN;
import static vn.thidua.organization.TayNinhStructure.OLD_TAY_NINH;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import vn.thidua.shared.Csv;
import vn.thidua.shared.VietnameseText;

/**
 * One loading of Tây Ninh's structure (see {@link TayNinhStructure}): the units read so far by name,
 * the old communes by key and the lineage links to write, kept for this run only.
 */
final class TayNinhLoading {

    private static final String COMMUNE_BASIS = "Nghị quyết 1682/NQ-UBTVQH15";
    private static final String PROVINCE_BASIS = "Nghị quyết 202/2025/QH15";
    private static final String SEED = "seed/tayninh/";

    private final Units units;
    private final UnitLineages lineages;
    private final EmulationBlocks blocks;
    private final Map<String, Unit> byFoldedName = new HashMap<>();
    private final Map<String, Unit> oldCommunes = new java.util.LinkedHashMap<>();
    private final List<UnitLineage> links = new java.util.ArrayList<>();

    TayNinhLoading(Units units, UnitLineages lineages, EmulationBlocks blocks) {
        this.units = units;
        this.lineages = lineages;
        this.blocks = blocks;
    }

    /** Loads everything once; the maps above live only as long as this loading. */
    void load() {
        LocalDate lastOldDay = MERGER_DAY.minusDays(1);
        Unit oldTayNinh = save(unit(OLD_TAY_NINH, "Tỉnh Tây Ninh", UnitKind.PROVINCE, null, null, lastOldDay));
        Unit oldLongAn = save(unit(OLD_LONG_AN, "Tỉnh Long An", UnitKind.PROVINCE, null, null, lastOldDay));
        Unit province = save(unit(NEW_PROVINCE, "Tỉnh Tây Ninh", UnitKind.PROVINCE, null, MERGER_DAY, null));
        link(oldTayNinh, province, false, PROVINCE_BASIS);
        link(oldLongAn, province, false, PROVINCE_BASIS);
        loadUnits(oldTayNinh, province);
        loadCommunes(oldTayNinh, oldLongAn, province);
        lineages.saveAll(links);
        loadBlocks(oldTayNinh);
    }

    private void loadUnits(Unit oldTayNinh, Unit province) {
        int seq = 0;
        for (Map<String, String> row : csv("tayninh_org_units.csv")) {
            seq++;
            boolean before = row.get("period").startsWith("pre");
            String name = row.get("unit_name");
            UnitKind kind = kindOf(row.get("level"), row.get("unit_kind"));
            boolean continuing = row.get("level").equals("province-other");
            Unit parent = before && !continuing ? oldTayNinh : province;
            Unit unit = unit(
                    (before ? "TNC-" : "TN-") + "%03d".formatted(seq),
                    name,
                    kind,
                    parent.getId(),
                    before || continuing ? null : MERGER_DAY,
                    before && !continuing ? MERGER_DAY.minusDays(1) : null);
            unit.describe(
                    unit.getCode(),
                    kind,
                    parent.getId(),
                    (continuing ? "Tiếp tục hoạt động sau hợp nhất tỉnh (cần rà soát tên mới). " : "") + source(row));
            Unit saved = save(unit);
            String key = (before && !continuing ? "old:" : "new:") + VietnameseText.fold(name);
            byFoldedName.putIfAbsent(key, saved);
        }
        for (Unit old : units.findByParentIdOrderByName(oldTayNinh.getId())) {
            if (old.getKind() == UnitKind.DEPARTMENT || old.getKind() == UnitKind.AGENCY) {
                Unit successor = byFoldedName.get("new:" + VietnameseText.fold(successorName(old.getName())));
                if (successor != null) {
                    links.add(new UnitLineage(
                            old.getId(),
                            successor.getId(),
                            MERGER_DAY,
                            successor.getName().equals(old.getName()) ? LineageKind.SUCCESSION : LineageKind.MERGER,
                            false,
                            PROVINCE_BASIS));
                }
            }
        }
    }

    /** Where an old department's work went in 2025 (national restructuring; names as published). */
    private static String successorName(String oldName) {
        return switch (oldName) {
            case "Sở Kế hoạch và Đầu tư" -> "Sở Tài chính";
            case "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn" ->
                "Sở Nông nghiệp và Môi trường";
            case "Sở Thông tin và Truyền thông" -> "Sở Khoa học và Công nghệ";
            case "Sở Giao thông vận tải" -> "Sở Xây dựng";
            case "Sở Nội vụ tỉnh Tây Ninh" -> "Sở Nội vụ";
            case "Văn phòng UBND tỉnh Tây Ninh" -> "Văn phòng UBND tỉnh";
            default -> oldName;
        };
    }

    /** One clause of the resolution: the new unit and the old ones it was formed from. */
    private record Clause(
            int number,
            Unit commune,
            List<MergedFromText.OldUnit> oldUnits,
            boolean fromTayNinh,
            Unit oldParent,
            String formerDistricts) {}

    private void loadCommunes(Unit oldTayNinh, Unit oldLongAn, Unit province) {
        Map<String, Unit> districts = new HashMap<>();
        units.findByParentIdOrderByName(oldTayNinh.getId()).stream()
                .filter(u -> u.getKind() == UnitKind.DISTRICT)
                .forEach(d -> districts.put(districtKey(d.getName()), d));
        List<Clause> clauses = new java.util.ArrayList<>();
        for (Map<String, String> row : csv("tayninh_2025_communes.csv")) {
            int clause = Integer.parseInt(row.get("clause_no"));
            boolean ward = row.get("unit_type").equals("phường");
            String name = (ward ? "Phường " : "Xã ") + row.get("new_unit_name");
            boolean fromTayNinh = row.get("former_province_inferred").equals("Tây Ninh");
            String formerDistricts = row.get("former_district_inferred");
            clauses.add(new Clause(
                    clause,
                    unit(
                            "TN25-%03d".formatted(clause),
                            name,
                            ward ? UnitKind.WARD : UnitKind.COMMUNE,
                            province.getId(),
                            MERGER_DAY,
                            null),
                    MergedFromText.parse(row.get("merged_from_text")),
                    fromTayNinh,
                    fromTayNinh ? firstDistrict(formerDistricts, districts, oldTayNinh) : oldLongAn,
                    formerDistricts));
        }
        units.saveAll(clauses.stream().map(Clause::commune).toList());
        for (Clause c : clauses) {
            for (MergedFromText.OldUnit old : c.oldUnits()) {
                oldCommunes.computeIfAbsent(
                        oldKey(c, old),
                        k -> unit(
                                (c.fromTayNinh() ? "TNC-X" : "LAC-X") + "%03d".formatted(oldCommunes.size() + 1),
                                old.displayName(),
                                old.kind(),
                                c.oldParent().getId(),
                                null,
                                MERGER_DAY.minusDays(1)));
            }
        }
        units.saveAll(oldCommunes.values());
        for (Clause c : clauses) {
            String basis = COMMUNE_BASIS + " (Điều 1, khoản " + c.number() + ")";
            for (MergedFromText.OldUnit old : c.oldUnits()) {
                link(oldCommunes.get(oldKey(c, old)), c.commune(), old.partial(), basis);
            }
            if (c.fromTayNinh()) {
                String folded = VietnameseText.fold(c.formerDistricts());
                districts.forEach((k, district) -> {
                    if (folded.contains(k)) {
                        link(district, c.commune(), true, basis);
                    }
                });
            }
        }
    }

    private static String oldKey(Clause c, MergedFromText.OldUnit old) {
        return (c.fromTayNinh() ? "TN|" : "LA|") + VietnameseText.fold(old.displayName());
    }

    private static Unit firstDistrict(String text, Map<String, Unit> districts, Unit fallback) {
        String folded = VietnameseText.fold(text);
        return districts.entrySet().stream()
                .filter(e -> folded.contains(e.getKey()))
                .min((a, b) -> Integer.compare(folded.indexOf(a.getKey()), folded.indexOf(b.getKey())))
                .map(Map.Entry::getValue)
                .orElse(fallback);
    }

    /** "Huyện Gò Dầu" → "go dau"; "Thành phố Tây Ninh" keeps its prefix to differ from the province. */
    private static String districtKey(String name) {
        String folded = VietnameseText.fold(name);
        return folded.startsWith("thanh pho") ? folded : folded.replaceFirst("^(huyen|thi xa) ", "");
    }

    private void loadBlocks(Unit oldTayNinh) {
        Map<String, EmulationBlock> byKey = new HashMap<>();
        for (Map<String, String> row : csv("emulation_blocks.csv")) {
            if (!row.get("province").startsWith("Tây Ninh")) {
                continue;
            }
            int year = Integer.parseInt(row.get("year"));
            String name = row.get("block_name");
            EmulationBlock block = byKey.computeIfAbsent(year + "|" + name, k -> {
                EmulationBlock b =
                        new EmulationBlock(name, name.startsWith("Cụm") ? BlockKind.CLUSTER : BlockKind.BLOCK, year);
                b.describe(name, b.getKind(), year, source(row));
                return b;
            });
            String member = row.get("member_unit");
            if (member.isEmpty()) {
                continue;
            }
            Unit unit = byFoldedName.get("old:" + VietnameseText.fold(member));
            if (unit == null) {
                unit = save(unit(
                        "TNC-K%03d".formatted(byFoldedName.size() + 1),
                        member,
                        UnitKind.AGENCY,
                        oldTayNinh.getId(),
                        null,
                        MERGER_DAY.minusDays(1)));
                byFoldedName.put("old:" + VietnameseText.fold(member), unit);
            }
            String role = VietnameseText.fold(row.get("role_in_block"));
            BlockRole blockRole = role.contains("pho")
                    ? BlockRole.DEPUTY
                    : role.contains("truong") ? BlockRole.LEADER : BlockRole.MEMBER;
            if (blockRole != BlockRole.MEMBER
                    && (blockRole == BlockRole.LEADER
                            ? block.leader().isPresent()
                            : block.members().stream().anyMatch(m -> m.role() == BlockRole.DEPUTY))) {
                blockRole = BlockRole.MEMBER;
            }
            block.add(unit.getId(), blockRole);
        }
        blocks.saveAll(byKey.values());
    }

    /** Where a row comes from, for the officer who wants to check it. */
    private static String source(Map<String, String> row) {
        String url = row.getOrDefault("source_url", "");
        return url.startsWith("http") ? "Nguồn: " + url.split(" ")[0] : null;
    }

    private static UnitKind kindOf(String level, String text) {
        String kind = VietnameseText.fold(text);
        if (level.equals("district")) {
            return UnitKind.DISTRICT;
        }
        if (kind.contains("vu trang")) {
            return UnitKind.ARMED_FORCES;
        }
        if (kind.contains("chinh tri - xa hoi") || kind.startsWith("to chuc")) {
            return UnitKind.MASS_ORGANIZATION;
        }
        if (kind.contains("dang")) {
            return UnitKind.PARTY_BODY;
        }
        if (kind.contains("doanh nghiep")) {
            return UnitKind.ENTERPRISE;
        }
        if (kind.startsWith("so") || kind.contains("chuyen mon")) {
            return UnitKind.DEPARTMENT;
        }
        return UnitKind.AGENCY;
    }

    private static Unit unit(String code, String name, UnitKind kind, Long parentId, LocalDate from, LocalDate to) {
        Unit unit = new Unit(code, name, kind, parentId);
        unit.validBetween(from, to);
        return unit;
    }

    private Unit save(Unit unit) {
        return units.save(unit);
    }

    private void link(Unit predecessor, Unit successor, boolean partial, String basis) {
        links.add(new UnitLineage(
                predecessor.getId(), successor.getId(), MERGER_DAY, LineageKind.MERGER, partial, basis));
    }

    private static List<Map<String, String>> csv(String file) {
        try (InputStream in = new ClassPathResource(SEED + file).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
