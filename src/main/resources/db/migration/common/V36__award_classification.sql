-- Classification the statutory statistical forms (Thông tư 02/2023/TT-BNV, 0601.N–0605.N) and the yearly
-- summary tables need, recorded where the facts arise. NULL means "not stated" (legacy rows): reports count it
-- as such, never guess.
--
-- award_method: REGULAR (thường xuyên, công trạng), THEMATIC (chuyên đề), EXTRAORDINARY (đột xuất),
--   FOREIGN (đối ngoại), DEDICATION (quá trình cống hiến), SENIORITY (niên hạn), RESISTANCE (kháng chiến).
-- recipient_tier (individuals): CENTRAL_LEADER (lãnh đạo cấp bộ, tỉnh trở lên), DEPARTMENT_LEADER (lãnh đạo cấp
--   vụ, sở và tương đương), OTHER_LEADER (lãnh đạo từ phó trưởng phòng trở lên), ENTREPRENEUR (doanh nhân),
--   DIRECT_WORKER (công nhân, nông dân, chiến sĩ, người lao động trực tiếp), OTHER.
-- enterprise (collectives): true when the collective is a doanh nghiệp.
alter table commendation_dossier add column award_method varchar(20);
alter table commendation_nominee add column recipient_tier varchar(30);
alter table commendation_nominee add column enterprise boolean;
alter table decision_recipient add column award_method varchar(20);
alter table decision_recipient add column recipient_tier varchar(30);
alter table decision_recipient add column enterprise boolean;
