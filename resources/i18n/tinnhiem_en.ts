<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AddendaModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="163" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="163" />
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="163" />
        <source>Người lập</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="163" />
        <source>Lúc</source>
        <translation>At</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="244" />
        <source>Thêm đính chính</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="247" />
        <source>Đính chính số %1. %2
Kết quả đã chốt không bị sửa: đính chính được ghi thêm vào nhật ký của tệp, hiện ở màn hình Kết quả và in trong biên bản. Ghi xong không xóa được.</source>
        <translation>Addendum no. %1. %2
The finalised results are not changed: the addendum is appended to the file's log, shown on the Results screen and printed with the minutes. Once recorded it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="255" />
        <source>&amp;Nội dung (tối đa 500 ký tự):</source>
        <translation>&amp;Text (at most 500 characters):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="256" />
        <source>Người &amp;lập:</source>
        <translation>Recorded &amp;by:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="259" />
        <source>Ghi đính chính</source>
        <translation>Record addendum</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="261" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BallotListModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="284" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="284" />
        <source>Lúc ghi</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="284" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="285" />
        <source>Phiếu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="283" />
        <source>ĐÃ HỦY</source>
        <translation>VOIDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="283" />
        <source>Có hiệu lực</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="365" />
        <source>Không hợp lệ toàn bộ: %1</source>
        <translation>Wholly invalid: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="378" />
        <source> — hủy lúc %1: %2</source>
        <translation> — voided at %1: %2</translation>
    </message>
</context>
<context>
    <name>BallotTypesBox</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="263" />
        <source>Loại phiếu và số phiếu (sửa trực tiếp trong bảng)</source>
        <translation>Ballot types and accounting (edit in the table)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="276" />
        <source>Thêm loại phiếu…</source>
        <translation>Add ballot type…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="279" />
        <source>Gõ số thẳng vào ô (không cần F2), Enter để lưu.</source>
        <translation>Type a figure straight into its cell (no F2 needed); Enter saves it.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="312" />
        <source>Thêm loại phiếu</source>
        <translation>Add ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="312" />
        <source>Tên loại phiếu:</source>
        <translation>Ballot type name:</translation>
    </message>
</context>
<context>
    <name>BallotTypesModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="131" />
        <source>Loại phiếu</source>
        <translation>Ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="131" />
        <source>Phát ra</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="131" />
        <source>Hỏng / đổi</source>
        <translation>Spoiled / exchanged</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="132" />
        <source>Thu về</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="132" />
        <source>Đã nhập</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="128" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="128" />
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="129" />
        <source>Giải trình khi chốt</source>
        <translation>Explanation at finalising</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="145" />
        <source>Đã chấp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="146" />
        <source>CHẶN chốt</source>
        <translation>BLOCKS finalising</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="146" />
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ClosingFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="32" />
        <source>Đã chốt kết quả lúc %1; người chốt: %2.</source>
        <translation>Results finalised at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="38" />
        <source>Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The file is open view-only: nothing can be written to it. Copy it to a folder you can write to and open it again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="49" />
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="59" />
        <source>Chốt kết quả</source>
        <translation>Finalise results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="60" />
        <source>%1
Dấu vân tay lúc chốt (in trên biên bản):
%2

Từ nay phiên chỉ ghi thêm được đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>%1
Fingerprint at finalising (printed on the minutes):
%2

From now on only addenda can be recorded (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="74" />
        <source>Phiên chưa chốt kết quả: sửa trực tiếp, không cần đính chính.</source>
        <translation>The results are not finalised: correct them directly, no addendum is needed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="89" />
        <source>Kiểm tra tệp và dấu vân tay</source>
        <translation>Check the file and its fingerprint</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="92" />
        <source>Dấu vân tay in trên biên bản (để trống nếu chỉ kiểm tra tệp):</source>
        <translation>Fingerprint printed on the minutes (leave empty to check the file only):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="103" />
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="108" />
        <source>Tệp KHÔNG nguyên vẹn:</source>
        <translation>The file is NOT intact:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="111" />
        <source>Tệp nguyên vẹn (%n mục nhật ký).</source>
        <translation><numerusform>The file is intact (%n log entry).</numerusform><numerusform>The file is intact (%n log entries).</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="112" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="114" />
        <source>Dấu vân tay lúc chốt kết quả: %1</source>
        <translation>Fingerprint at finalising: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="136" />
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="147" />
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="153" />
        <source>&amp;Vai trò:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="156" />
        <source>Thêm (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="157" />
        <source>Xóa (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="158" />
        <source>Lên (Alt+Lên)</source>
        <translation>Up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="159" />
        <source>Xuống (Alt+Xuống)</source>
        <translation>Down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_lists.py" line="226" />
        <source>Ban kiểm phiếu đã có Trưởng ban: %1. Nhấn Enter lần nữa nếu thật sự thêm một Trưởng ban nữa, hoặc chọn vai trò khác.</source>
        <translation>The counting committee already has a chair: %1. Press Enter again if there really is a second chair, or choose another role.</translation>
    </message>
</context>
<context>
    <name>CommitteeModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="56" />
        <source>Trưởng ban</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="57" />
        <source>Phó Trưởng ban</source>
        <translation>Deputy Chair</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="58" />
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="59" />
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="64" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="64" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="82" />
        <source>Đối chiếu các lượt nhập</source>
        <translation>Compare passes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="137" />
        <source>Lên/Xuống, PgUp/PgDn: chọn chỗ khác nhau · Enter: quyết định theo phiếu giấy · Esc: đóng</source>
        <translation>Up/Down, PgUp/PgDn: choose a difference · Enter: decide from the paper ballot · Esc: close</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="140" />
        <source>&amp;Quyết định… (Enter)</source>
        <translation>&amp;Decide… (Enter)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="142" />
        <source>&amp;Lưu biên bản đối chiếu (PDF)…</source>
        <translation>&amp;Save the comparison report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="144" />
        <source>Đó&amp;ng (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="173" />
        <source>Tệp %1 (gốc, quyết định ghi vào tệp này): %2</source>
        <translation>File %1 (reference; decisions are written to it): %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="174" />
        <source>Tệp %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="178" />
        <source> — %1 phiếu — dấu vân tay %2</source>
        <translation> — %1 ballots — fingerprint %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="182" />
        <source>Có %n chỗ khác nhau.</source>
        <translation><numerusform>%n difference.</numerusform><numerusform>%n differences.</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="201" />
        <source>Các tệp giống nhau: không có gì phải quyết định.</source>
        <translation>The files agree: nothing to decide.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="205" />
        <source>%1 — phiếu số %2</source>
        <translation>%1 — ballot no. %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="243" />
        <source>Theo tệp %1 (%2): %3</source>
        <translation>As in file %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="246" />
        <source>Gõ các dấu theo phiếu giấy…</source>
        <translation>Type the marks from the paper ballot…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="247" />
        <source>Cả phiếu không hợp lệ (chọn lý do)…</source>
        <translation>Whole ballot invalid (choose a reason)…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="249" />
        <source>Quyết định phiếu số %1</source>
        <translation>Decision on ballot %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="250" />
        <source>Ban kiểm phiếu xem phiếu giấy số %1 (%2). Phiếu ghi:</source>
        <translation>The committee looks at paper ballot no. %1 (%2). It reads:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="260" />
        <source>Các dấu trên phiếu giấy</source>
        <translation>Marks on the paper ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="261" />
        <source>Mỗi người một ký tự, theo thứ tự trên phiếu (%1; 0: không đánh dấu; x: đánh nhiều ô):</source>
        <translation>One character per official, in ballot order (%1; 0: no mark; x: several boxes):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="268" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="268" />
        <source>Lý do (chọn hoặc gõ):</source>
        <translation>Reason (choose or type):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="280" />
        <source>Phiếu số %1: giữ như tệp gốc, không ghi gì.</source>
        <translation>Ballot no. %1: kept as the reference file holds it; nothing written.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="282" />
        <source>giữ như tệp gốc</source>
        <translation>kept as in the reference</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="286" />
        <source>Phiếu số %1 (%2) không có trên giấy: hủy phiếu này trong tệp gốc %3?
Đang ghi: %4
Lý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.</source>
        <translation>There is no paper ballot no. %1 (%2): void it in the reference file %3?
Recorded now: %4
Reason in the log: đối chiếu lượt nhập kiểm tra (comparison of passes).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="288" />
        <source>không có phiếu này</source>
        <translation>not in this file</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="293" />
        <source>Sửa phiếu số %1 (%2) trong tệp gốc %3?
Đang ghi: %4
Theo phiếu giấy: %5
Phiếu đang ghi được hủy và ghi lại với cùng số; lý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.</source>
        <translation>Correct ballot no. %1 (%2) in the reference file %3?
Recorded now: %4
On paper: %5
The recorded ballot is voided and recorded again under the same number; reason in the log: đối chiếu lượt nhập kiểm tra (comparison of passes).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="298" />
        <source>Ghi thêm phiếu số %1 (%2) vào tệp gốc %3?
Đang ghi: %4
Theo phiếu giấy: %5
Lý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.</source>
        <translation>Record ballot no. %1 (%2) in the reference file %3?
Recorded now: %4
On paper: %5
Reason in the log: đối chiếu lượt nhập kiểm tra (comparison of passes).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="302" />
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="313" />
        <source>Phiếu số %1: đã ghi vào tệp gốc — %2.</source>
        <translation>Ballot no. %1: written to the reference file — %2.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="315" />
        <source>đã sửa theo phiếu giấy: %1</source>
        <translation>corrected from the paper: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="323" />
        <source>Lưu biên bản đối chiếu</source>
        <translation>Save the comparison report</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="327" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="342" />
        <source>Đã lưu biên bản đối chiếu vào:
%1</source>
        <translation>Comparison report saved to:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="344" />
        <source>Mở tệp bằng trình xem PDF?</source>
        <translation>Open the file in the PDF viewer?</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="347" />
        <source>Không tìm thấy chương trình xem PDF. Biên bản đối chiếu ở:
%1</source>
        <translation>No PDF viewer found. The comparison report is at:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="360" />
        <source>Đóng đối chiếu</source>
        <translation>Close the comparison</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/dialogs/comparison_dialog.py" line="361" />
        <source>Còn %n chỗ khác nhau chưa quyết định. Vẫn đóng? (Đối chiếu lại lúc khác: Tệp → Đối chiếu các lượt nhập…)</source>
        <translation><numerusform>%n difference is not decided. Close anyway? (Compare again later: File → Compare passes…)</numerusform><numerusform>%n differences are not decided. Close anyway? (Compare again later: File → Compare passes…)</numerusform></translation>
    </message>
</context>
<context>
    <name>CopiesFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="27" />
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="34" />
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="43" />
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="34" />
        <source>Đang sao chép tệp và kiểm tra bản sao…</source>
        <translation>Copying the file and checking the copy…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="37" />
        <source>Đã lưu bản sao và kiểm tra: nguyên vẹn (%1 mục nhật ký).</source>
        <translation>Copy saved and verified: intact (%1 log entries).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="39" />
        <source>Đã lưu bản sao nhưng kiểm tra thấy lỗi:
%1</source>
        <translation>Copy saved but verification found:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="41" />
        <source>Dấu vân tay của bản sao: %1</source>
        <translation>Fingerprint of the copy: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="54" />
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="55" />
        <source>Bản sao lưu tự động được tạo sau mỗi %1 phiếu trong thư mục:
%2
%3</source>
        <translation>An automatic backup is made every %1 ballots in the folder:
%2
%3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="57" />
        <source>Thư mục này chưa có (chưa đến lượt sao lưu nào).</source>
        <translation>This folder does not exist yet (no backup has been due).</translation>
    </message>
</context>
<context>
    <name>DecisionsFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/decisions.py" line="22" />
        <source>Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The file is open view-only: nothing can be written to it. Copy it to a folder you can write to and open it again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/decisions.py" line="27" />
        <source>Phiên đã chốt kết quả: không ghi thêm quyết định được. Mọi sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>The session is finalised: no more decisions can be recorded. Any correction is an addendum (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/decisions.py" line="32" />
        <source>Chưa nhập phiếu nào: chưa có gì để Ban kiểm phiếu quyết định hay đối chiếu.</source>
        <translation>No ballot recorded yet: nothing for the committee to decide or compare.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/decisions.py" line="48" />
        <source>Phiếu chờ quyết định</source>
        <translation>Ballots awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/decisions.py" line="49" />
        <source>Không có phiếu nào chờ Ban kiểm phiếu quyết định. Khi nhập phiếu, nhấn F9 để để riêng một phiếu cần Ban kiểm phiếu xem xét.</source>
        <translation>No ballot is waiting for the committee's decision. During entry, press F9 to set aside a ballot the committee must look at.</translation>
    </message>
</context>
<context>
    <name>DeckFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="57" />
        <source>Bộ phiếu thử</source>
        <translation>Test deck</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="60" />
        <source>Tệp đang mở là bản thử. Mở tệp phiên thật rồi lập bộ phiếu thử từ đó.</source>
        <translation>The file open is a trial copy. Open the real session file and make the test deck from it.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="69" />
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="159" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="93" />
        <source>Đã lưu bộ phiếu thử (%1 phiếu) và bảng kết quả đúng:
%2</source>
        <translation>Saved the test deck (%1 ballots) and the table of its correct result:
%2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="95" />
        <source>Các phiếu thử dạng CSV: %1</source>
        <translation>Test ballots as CSV: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="97" />
        <source>Kết quả đúng (JSON): %1</source>
        <translation>Correct result (JSON): %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="99" />
        <source>Đã tạo bản thử của phiên: %1</source>
        <translation>Made a trial copy of the session: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="102" />
        <source>Mở bộ phiếu thử bằng trình xem PDF để in?</source>
        <translation>Open the test deck in the PDF viewer to print?</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="104" />
        <source>Không tìm thấy chương trình xem PDF. Tệp bộ phiếu thử ở:
%1</source>
        <translation>No PDF viewer found. The test deck is at:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="107" />
        <source>Mở bản thử để nhập bộ phiếu thử ngay bây giờ? Phiên đang mở sẽ đóng lại (mọi thay đổi đã được lưu). Nhập xong, chọn Công cụ → Kiểm tra kết quả phiếu thử…</source>
        <translation>Open the trial copy to enter the test deck now? The session open now closes (every change is saved). When done, choose Tools → Check the test deck result…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="115" />
        <source>Kiểm tra kết quả phiếu thử</source>
        <translation>Check the test deck result</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="118" />
        <source>Tệp đang mở không phải bản thử. Lập bộ phiếu thử (Công cụ → Bộ phiếu thử…), mở bản thử, nhập các phiếu thử rồi kiểm tra.</source>
        <translation>The file open is not a trial copy. Make the test deck (Tools → Test deck…), open the trial copy, enter the test ballots, then check.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="124" />
        <source>Chọn tệp phiên thật</source>
        <translation>Choose the real session file</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="131" />
        <source>ĐẠT: kết quả nhập đúng hoàn toàn với kết quả đúng của bộ phiếu thử.</source>
        <translation>PASSED: the result entered is exactly the test deck's correct result.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="133" />
        <source>KHÔNG ĐẠT: kết quả nhập khác kết quả đúng ở %1 chỗ (nhập / đúng là):</source>
        <translation>FAILED: the result entered differs from the correct result in %1 places (entered / correct):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="136" />
        <source>Đã ghi vào nhật ký của phiên %1; biên bản sẽ nêu kết quả này.</source>
        <translation>Recorded in the log of the session %1; its minutes will state this outcome.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="139" />
        <source>Lưu giấy chứng nhận ra PDF để in?</source>
        <translation>Save the certificate as a PDF to print?</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="147" />
        <source>Không hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="147" />
        <source>Số phiếu đã nhập</source>
        <translation>Ballots entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="148" />
        <source>Phiếu không hợp lệ toàn phiếu</source>
        <translation>Ballots invalid as a whole</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="151" />
        <source>%1: nhập %2, đúng là %3</source>
        <translation>%1: entered %2, correct %3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="155" />
        <source>Giấy chứng nhận kiểm tra</source>
        <translation>Test certificate</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/deck.py" line="170" />
        <source>Không tìm thấy chương trình xem PDF. Giấy chứng nhận ở:
%1</source>
        <translation>No PDF viewer found. The certificate is at:
%1</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="97" />
        <source>Loại phiếu</source>
        <translation>Ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="97" />
        <source>Số phiếu</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="97" />
        <source>Khác ở</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="98" />
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="104" />
        <source>có trong một số tệp</source>
        <translation>only in some files</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="106" />
        <source>cả phiếu</source>
        <translation>the whole ballot</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="110" />
        <source>dấu của %n người</source>
        <translation><numerusform>the mark of %n official</numerusform><numerusform>the marks of %n officials</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="121" />
        <source>chưa quyết định</source>
        <translation>not decided</translation>
    </message>
</context>
<context>
    <name>DrawnModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="54" />
        <source>Số phiếu</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="54" />
        <source>Bản ghi (các dấu)</source>
        <translation>Record (marks)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="54" />
        <source>Đối chiếu</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="59" />
        <source>chưa đối chiếu</source>
        <translation>not compared yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="61" />
        <source>khớp</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="62" />
        <source>khác: %1</source>
        <translation>differs: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="70" />
        <source>(không còn phiếu có hiệu lực số này)</source>
        <translation>(no active ballot with this number)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="72" />
        <source>Không hợp lệ toàn bộ: %1</source>
        <translation>Wholly invalid: %1</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="61" />
        <source>Để riêng phiếu chờ Ban kiểm phiếu…</source>
        <translation>Set the ballot aside for the committee…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="101" />
        <source>PHIẾU GHI GẦN NHẤT</source>
        <translation>LAST RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="103" />
        <source>Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2).</source>
        <translation>No officials yet: enter the list on the Officials screen (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="107" />
        <source>Phiên đang dở: phiếu ghi gần nhất là số %1, lúc %2 ngày %3 (ở dải đọc lại). Phiếu tiếp theo là số %4.</source>
        <translation>Session in progress: the last ballot recorded is no. %1, at %2 on %3 (in the read-back strip). The next is no. %4.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="127" />
        <source>ĐÃ CHỐT KẾT QUẢ lúc %1 (người chốt: %2): không nhập, không hủy phiếu được nữa. Mọi sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>RESULTS FINALISED at %1 (by %2): ballots can no longer be entered or voided. Any correction is recorded as an addendum (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="131" />
        <source>CHỈ XEM: tệp mở ở chế độ chỉ xem, không nhập phiếu được.</source>
        <translation>VIEW ONLY: the file is open view-only; ballots cannot be entered.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="137" />
        <source>Phiên đã chốt kết quả: không nhập, không hủy phiếu được. Sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>The results are finalised: ballots cannot be entered or voided. Corrections are recorded as addenda (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="140" />
        <source>Tệp mở ở chế độ chỉ xem: không nhập, không hủy phiếu được.</source>
        <translation>The file is open view-only: ballots cannot be entered or voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="153" />
        <source>Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về ở màn hình Phiên (Ctrl+1) trước khi nhập phiếu.</source>
        <translation>No collected count yet: enter the issued and collected counts on the Session screen (Ctrl+1) before entering ballots.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="156" />
        <source>Đã nhập đủ %1/%2 phiếu thu về: không nhập thêm được. Nếu đếm lại thấy nhiều phiếu hơn, sửa số phiếu thu về ở màn hình Phiên (Ctrl+1).</source>
        <translation>All %1/%2 collected ballots are entered: no more can be entered. If a recount finds more ballots, correct the collected count on the Session screen (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="177" />
        <source>ĐÃ CHỐT</source>
        <translation>FINALISED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="178" />
        <source>CHỈ XEM</source>
        <translation>VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="182" />
        <source>Nhập lại phiếu số %1 đã hủy (Esc: thôi)</source>
        <translation>Re-entering voided ballot no. %1 (Esc: stop)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="184" />
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="198" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="190" />
        <source>Chưa nhập số phiếu thu về</source>
        <translation>No collected count yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="193" />
        <source>Đã nhập đủ %1/%2 phiếu thu về</source>
        <translation>All %1/%2 collected ballots entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="202" />
        <source>Đã nhập %1 / thu về %2</source>
        <translation>Recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="206" />
        <source>để riêng: %1</source>
        <translation>set aside: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="254" />
        <source>Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace / Lên để sửa.</source>
        <translation>Every row is filled: press Enter to record, or Backspace / Up to correct.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="274" />
        <source>Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.</source>
        <translation>Key “%1” is not used here. Use %2, 0 / Space, x.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="282" />
        <source>Đủ %1 dòng: nhấn Enter để ghi phiếu.</source>
        <translation>All %1 rows filled: press Enter to record.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="327" />
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="383" />
        <source>Chưa có người được lấy phiếu trên phiếu này.</source>
        <translation>This ballot has no officials yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="333" />
        <source>Dòng %1 chưa nhập: đã chuyển tới dòng đó.</source>
        <translation>Row %1 is not entered yet: moved there.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="353" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="354" />
        <source>Lý do (chọn hoặc gõ):</source>
        <translation>Reason (choose or type):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="372" />
        <source>Chưa có phiếu nào để hủy.</source>
        <translation>No ballot to void yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="388" />
        <source>Để riêng phiếu số %1</source>
        <translation>Set ballot %1 aside</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="389" />
        <source>Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định.
Ghi chú ngắn (ví dụ: dấu không rõ ở dòng 3), Enter để ghi, Esc để thôi:</source>
        <translation>Ballot %1 is set aside for the counting committee's decision.
A short note (e.g. unclear mark on row 3), Enter to record, Esc to cancel:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="393" />
        <source>Không để riêng phiếu nào.</source>
        <translation>No ballot set aside.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="403" />
        <source>Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định (Kết quả → Phiếu chờ quyết định…).</source>
        <translation>Ballot %1 set aside for the committee's decision (Results → Ballots awaiting a decision…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="411" />
        <source>Phiếu này đã bị hủy trước đó.</source>
        <translation>This ballot was already voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="415" />
        <source>Hủy phiếu</source>
        <translation>Void ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="416" />
        <source>Hủy phiếu số %1 (ghi lúc %2: %3) để nhập lại?
Phiếu cũ vẫn được lưu, ghi là đã hủy.</source>
        <translation>Void ballot no. %1 (recorded at %2: %3) to re-enter it?
The old ballot stays in the file, marked as voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="424" />
        <source>Lý do hủy phiếu</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="424" />
        <source>Lý do hủy:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="424" />
        <source>Nhập sai, nhập lại</source>
        <translation>Entered wrongly, re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="435" />
        <source>Phiếu số %1 đã hủy. Sửa rồi nhấn Enter để ghi lại với cùng số.</source>
        <translation>Ballot no. %1 voided. Correct it and press Enter to record it with the same number.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="448" />
        <source>Thôi nhập lại: phiếu số %1 đã hủy và chưa được ghi lại.</source>
        <translation>Re-entry stopped: ballot no. %1 is voided and not recorded again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="457" />
        <source>Phiếu số %1 đã hủy và đang được nhập lại, chưa ghi.</source>
        <translation>Ballot no. %1 was voided and is being entered again; it is not recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="461" />
        <source>Phiếu số %1 đang nhập dở (%2/%3 dòng), chưa ghi.</source>
        <translation>Ballot no. %1 is half entered (%2/%3 rows); it is not recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="472" />
        <source>Phiếu đang nhập dở</source>
        <translation>Ballot half entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="473" />
        <source>Vẫn đóng? Phiếu này sẽ không được ghi; phải nhập lại khi mở lại phiên.</source>
        <translation>Close anyway? This ballot will not be recorded; enter it again when the session is reopened.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="489" />
        <source>ĐÃ GHI</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="490" />
        <source>Đã ghi phiếu số %1.</source>
        <translation>Ballot no. %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="540" />
        <source>Phiếu đang nhập dở đã bỏ; phiếu đã hủy vẫn chưa nhập lại.</source>
        <translation>The unfinished ballot was dropped; a voided ballot is still not re-entered.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="89" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="136" />
        <source>Các phiếu đã ghi (F6; Delete = hủy và nhập lại):</source>
        <translation>Recorded ballots (F6; Delete = void and re-enter):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="146" />
        <source>1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu</source>
        <translation>1 2 3: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · Ctrl+Z: void the last ballot to re-enter it · F6: ballot list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="157" />
        <source>Cả phiếu không hợp lệ…</source>
        <translation>Whole ballot invalid…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="159" />
        <source>Hủy phiếu vừa ghi để nhập lại…</source>
        <translation>Void the last ballot to re-enter it…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="161" />
        <source>Chuyển giữa phiếu và danh sách</source>
        <translation>Switch between ballot and list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="321" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="326" />
        <source>Đã nhập %1 / thu về %2</source>
        <translation>Recorded %1 / collected %2</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="46" />
        <source>Xuất kết quả</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="48" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="48" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="49" />
        <source>Tệp JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="61" />
        <source>Đã xuất kết quả (%1) ra:
%2</source>
        <translation>Results exported (%1) to:
%2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="64" />
        <source>Lưu ý: kết quả chưa chốt.</source>
        <translation>Note: the results are not finalised.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="72" />
        <source>In mẫu phiếu trắng</source>
        <translation>Print blank ballots</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="77" />
        <source>Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2) rồi in mẫu phiếu.</source>
        <translation>No officials yet: enter the list on the Officials screen (Ctrl+2), then print the ballots.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="79" />
        <source>Chưa có người được bỏ phiếu tín nhiệm: nhập danh sách ở màn hình Người được bỏ phiếu tín nhiệm (Ctrl+2) rồi in mẫu phiếu.</source>
        <translation>No officials yet: enter the list on the Officials screen (Ctrl+2), then print the ballots.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="83" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="95" />
        <source>Đã lưu mẫu phiếu trắng vào:
%1</source>
        <translation>Blank ballots saved to:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="98" />
        <source>Chưa có danh sách nên không in: %1</source>
        <translation>Not printed, as they have no officials yet: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="101" />
        <source>Mở tệp bằng trình xem PDF?</source>
        <translation>Open the file in the PDF viewer?</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/exports.py" line="104" />
        <source>Không tìm thấy chương trình xem PDF. Tệp mẫu phiếu ở:
%1</source>
        <translation>No PDF viewer found. The ballot file is at:
%1</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="72" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="121" />
        <source>Chốt kết quả</source>
        <translation>Finalise results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="77" />
        <source>Tôi hiểu: sau khi chốt không sửa được gì, chỉ ghi được đính chính.</source>
        <translation>I understand: once finalised nothing can be changed; only addenda can be recorded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="88" />
        <source>%1: đã nhập %n phiếu / thu về %2.</source>
        <translation><numerusform>%1: %n ballot recorded / %2 collected.</numerusform><numerusform>%1: %n ballots recorded / %2 collected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="109" />
        <source>&amp;Người chốt:</source>
        <translation>Finalised &amp;by:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="112" />
        <source>Dấu vân tay hiện tại: %1</source>
        <translation>Current fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="117" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="123" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="143" />
        <source>CHƯA THỂ CHỐT KẾT QUẢ. Các điểm sau phải được sửa trước:</source>
        <translation>THE RESULTS CANNOT BE FINALISED YET. Fix these first:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="150" />
        <source>Cần làm:</source>
        <translation>To do:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="159" />
        <source>Theo Quy định 96-QĐ/TW, hội nghị chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt: kết quả này không có giá trị để quyết định và không chốt được. Nếu số người có mặt hay được triệu tập nhập sai, sửa ở màn hình Phiên (Ctrl+1); nếu đúng, báo cấp có thẩm quyền để tổ chức lại.</source>
        <translation>Under Regulation 96-QĐ/TW the meeting may only be held when at least 2/3 of those summoned are present: these results are not valid for a decision and cannot be finalised. If the numbers present or summoned were typed wrong, correct them on the Session screen (Ctrl+1); if they are right, tell the competent body so that it can be held again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="165" />
        <source>Tổng số đại biểu không thể ít hơn số phiếu thu về: sửa tổng số đại biểu hoặc số phiếu thu về ở màn hình Phiên (Ctrl+1).</source>
        <translation>The total number of delegates cannot be less than the ballots collected: correct the delegates or the ballots collected on the Session screen (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="168" />
        <source>Nhập tổng số đại biểu ở màn hình Phiên (Ctrl+1).</source>
        <translation>Enter the total number of delegates on the Session screen (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="171" />
        <source>Ban kiểm phiếu quyết định từng phiếu để riêng (hợp lệ với các dấu nào, hay không hợp lệ với lý do gì): Kết quả → Phiếu chờ quyết định…</source>
        <translation>The committee decides each ballot set aside (valid with which marks, or invalid for what reason): Results → Ballots awaiting a decision…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="175" />
        <source>Đối chiếu các phiếu giấy đã bốc thăm và ghi kết quả: Kết quả → Kiểm tra xác suất…</source>
        <translation>Compare the drawn paper ballots and record what was found: Results → Spot-check…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="178" />
        <source>Nhập danh sách ở màn hình thứ hai (Ctrl+2).</source>
        <translation>Enter the list on the second screen (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="180" />
        <source>Sửa số phiếu ở màn hình Phiên (Ctrl+1) hoặc nhập đủ phiếu ở màn hình Nhập phiếu (Ctrl+3), rồi chốt lại.</source>
        <translation>Correct the ballot counts on the Session screen (Ctrl+1) or enter the remaining ballots on the Ballot entry screen (Ctrl+3), then finalise again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="185" />
        <source>Sau khi chốt, phiên không thể thay đổi: không nhập thêm, không hủy phiếu, không sửa danh sách, số phiếu hay thông tin phiên. Mọi sửa chữa về sau chỉ ghi được thành đính chính có đánh số, in kèm biên bản. Dấu vân tay lúc chốt được in trên biên bản.</source>
        <translation>Once finalised, the session cannot change: no more ballots, no voiding, no changes to the lists, counts or session details. Any later correction can only be recorded as a numbered addendum, printed with the minutes. The fingerprint at finalising is printed on the minutes.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="192" />
        <source>Các cảnh báo sau cần được Ban kiểm phiếu chấp nhận, với giải trình (in trong biên bản):</source>
        <translation>The counting committee must accept these warnings, with an explanation (printed in the minutes):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="195" />
        <source>Không có cảnh báo nào.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="205" />
        <source>Giải trình (bắt buộc):</source>
        <translation>Explanation (required):</translation>
    </message>
</context>
<context>
    <name>GroupCopyDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="44" />
        <source>Tạo bản cho tổ kiểm phiếu</source>
        <translation>Copy for a counting group</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="46" />
        <source>Tệp mới có cùng phần thiết lập với %1 (thông tin phiên, Ban kiểm phiếu, loại phiếu, danh sách người, số phiếu) và chưa có phiếu nào. Tổ kiểm phiếu nhập phiếu của mình vào đó; sau đó Tệp → Gộp kết quả các tổ… cộng các tổ lại.</source>
        <translation>The new file has the set-up of %1 (session details, counting committee, ballot types, officials, accounting) and no ballots. The counting group enters its ballots in it; then File → Merge the groups' results… adds the groups up.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="53" />
        <source>ví dụ: Tổ 1</source>
        <translation>e.g. Tổ 1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="57" />
        <source>để trống nếu không ghi</source>
        <translation>leave empty if not recorded</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="61" />
        <source>&amp;Chọn…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="68" />
        <source>&amp;Tên tổ:</source>
        <translation>Group &amp;name:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="69" />
        <source>Số phiếu &amp;giao cho tổ:</source>
        <translation>&amp;Ballots handed to the group:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="73" />
        <source>&amp;Lưu tệp của tổ vào:</source>
        <translation>&amp;Save the group's file as:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="83" />
        <source>Tạo tệp</source>
        <translation>Create file</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="124" />
        <source>Nhập tên tổ (ví dụ: Tổ 1).</source>
        <translation>Type the group's name (e.g. Tổ 1).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="130" />
        <source>Số phiếu giao cho tổ phải là số nguyên dương, chỉ gồm chữ số 0–9 (hoặc để trống): “%1”.</source>
        <translation>The ballots handed to the group must be a whole number above 0, digits 0–9 only (or left empty): “%1”.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="137" />
        <source>Chọn nơi lưu tệp của tổ.</source>
        <translation>Choose where to save the group's file.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/group_copy.py" line="150" />
        <source>Đã có tệp %1: chọn tên khác (không ghi đè).</source>
        <translation>%1 already exists: choose another name (nothing is overwritten).</translation>
    </message>
</context>
<context>
    <name>GroupsFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="39" />
        <source>Đã tạo %1:
%2

Mở tệp này bây giờ? (Phiên đang mở sẽ được đóng; mọi phiếu đã ghi đều đã nằm trên đĩa.)</source>
        <translation>Created %1:
%2

Open it now? (The open session closes; every ballot recorded is already on disk.)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="42" />
        <source>Đã tạo tệp</source>
        <translation>File created</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="55" />
        <source>tệp của %1</source>
        <translation>the file of %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="62" />
        <source>Tạo lượt nhập kiểm tra</source>
        <translation>Create a second pass</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="71" />
        <source>lượt nhập kiểm tra của %1 (cùng phần thiết lập, chưa có phiếu nào; người nhập không thấy phiếu của lượt trước)</source>
        <translation>a second pass of %1 (same set-up, no ballots; whoever enters it does not see the first pass's ballots)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="78" />
        <source>Chọn các lượt nhập để đối chiếu với %1</source>
        <translation>Choose the passes to compare with %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="84" />
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="91" />
        <source>Đối chiếu các lượt nhập</source>
        <translation>Compare passes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="85" />
        <source>Đang kiểm tra và so sánh %n tệp…</source>
        <translation><numerusform>Checking and comparing %n file…</numerusform><numerusform>Checking and comparing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="92" />
        <source>Các tệp giống nhau: cùng các phiếu (loại, số phiếu, dấu, phiếu không hợp lệ). Số phiếu mỗi tệp: %1.
Dấu vân tay tệp gốc: %2</source>
        <translation>The files agree: the same ballots (type, number, marks, whole-invalid). Ballots in each file: %1.
Fingerprint of the reference file: %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="105" />
        <source>Chọn tệp của các tổ kiểm phiếu</source>
        <translation>Choose the counting groups' files</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="110" />
        <source>Lưu tệp gộp kết quả các tổ</source>
        <translation>Save the merged file</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="116" />
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="121" />
        <source>Gộp kết quả các tổ</source>
        <translation>Merge the groups' results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="117" />
        <source>Đang kiểm tra %n tệp của các tổ và tạo tệp gộp…</source>
        <translation><numerusform>Checking %n group's file and making the merged file…</numerusform><numerusform>Checking %n groups' files and making the merged file…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="122" />
        <source>Đã gộp %n tổ vào tệp:</source>
        <translation><numerusform>Merged %n group into:</numerusform><numerusform>Merged %n groups into:</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/groups.py" line="123" />
        <source>Tệp gộp là một phiên bình thường: xem kết quả, kiểm tra tệp, chốt và in biên bản như mọi phiên.</source>
        <translation>The merged file is a normal session: see its results, check it, finalise it and print its minutes like any session.</translation>
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="29" />
        <source>Số phiếu</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="29" />
        <source>Loại phiếu</source>
        <translation>Ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="29" />
        <source>Lúc để riêng</source>
        <translation>Set aside at</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/decision_models.py" line="30" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="99" />
        <source>Phím tắt nhập phiếu</source>
        <translation>Ballot entry keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="48" />
        <source>Trên lá phiếu</source>
        <translation>On the paper ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="50" />
        <source>đánh dấu mức ở dòng hiện tại và xuống dòng (bỏ phiếu tín nhiệm: 1, 2)</source>
        <translation>mark the level of the current row and move down (confidence vote: 1, 2)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="51" />
        <source>0 hoặc Cách</source>
        <translation>0 or Space</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="52" />
        <source>không đánh dấu (dòng không hợp lệ) và xuống dòng</source>
        <translation>no mark (row invalid) and move down</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="53" />
        <source>đánh nhiều dấu (dòng không hợp lệ) và xuống dòng</source>
        <translation>several marks (row invalid) and move down</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="54" />
        <source>lùi một dòng và xóa dòng đó</source>
        <translation>back one row and clear it</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="55" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="69" />
        <source>Lên / Xuống</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="55" />
        <source>chuyển dòng để sửa</source>
        <translation>move between rows to correct one</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="57" />
        <source>ghi phiếu khi mọi dòng đã nhập (chưa đủ: tới dòng còn trống)</source>
        <translation>record the ballot once every row is filled (if not: go to the empty row)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="58" />
        <source>cả phiếu không hợp lệ (chọn hoặc gõ lý do)</source>
        <translation>whole ballot invalid (choose or type a reason)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="60" />
        <source>để riêng phiếu đang nhập chờ Ban kiểm phiếu quyết định (gõ ghi chú, Enter; Esc: thôi)</source>
        <translation>set the ballot in hand aside for the committee to decide (type a note, Enter; Esc: cancel)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="63" />
        <source>hủy phiếu vừa ghi (hỏi trước) và nhập lại với cùng số</source>
        <translation>void the ballot just recorded (asks first) and enter it again with the same number</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="65" />
        <source>khi đang nhập lại phiếu đã hủy: thôi nhập lại (phiếu vẫn là đã hủy)</source>
        <translation>while re-entering a voided ballot: give up re-entering (the ballot stays voided)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="66" />
        <source>sang danh sách phiếu đã ghi</source>
        <translation>go to the list of recorded ballots</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="68" />
        <source>Trong danh sách phiếu (F6)</source>
        <translation>In the ballot list (F6)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="70" />
        <source>phiếu trước / sau (danh sách mở ra ở phiếu ghi gần nhất)</source>
        <translation>previous / next ballot (the list opens on the most recent ballot)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="71" />
        <source>lên / xuống một trang</source>
        <translation>up / down one page</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="72" />
        <source>phiếu đầu tiên / ghi gần nhất</source>
        <translation>first / most recent ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="73" />
        <source>Gõ số phiếu</source>
        <translation>Type a ballot number</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="74" />
        <source>tới phiếu mang số đó (gõ liền các chữ số)</source>
        <translation>go to that ballot (type the digits together)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="76" />
        <source>hủy phiếu đang chọn và nhập lại (hỏi trước, nêu số, giờ ghi và các dấu)</source>
        <translation>void the selected ballot and enter it again (asks first, naming its number, time and marks)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="77" />
        <source>Esc hoặc F6</source>
        <translation>Esc or F6</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="77" />
        <source>trở về lá phiếu</source>
        <translation>back to the paper ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="78" />
        <source>như trên lá phiếu</source>
        <translation>as on the paper ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="80" />
        <source>Cửa sổ</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="82" />
        <source>chuyển giữa bốn màn hình (như menu Xem)</source>
        <translation>switch between the four screens (as the View menu)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="84" />
        <source>chữ lớn hơn / nhỏ hơn / cỡ mặc định</source>
        <translation>larger / smaller / default text size</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="85" />
        <source>mở / đóng màn hình chiếu cho cả phòng</source>
        <translation>open / close the projector view for the room</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="86" />
        <source>bảng phím này</source>
        <translation>this list of keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="103" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="104" />
        <source>Kiểm phiếu tín nhiệm %1
Nhập phiếu, tính kết quả và in biên bản kiểm phiếu, không cần mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi.</source>
        <translation>Confidence ballot counting %1
Enter ballots, compute results and print the counting minutes, offline. Each ballot is on disk as soon as the screen says it is recorded.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="97" />
        <source>Xem trước danh sách nhập</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="107" />
        <source>Nguồn: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="109" />
        <source>Bảng mã: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="110" />
        <source>Số người: %1</source>
        <translation>Officials: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="114" />
        <source>&amp;Thay thế danh sách hiện có</source>
        <translation>&amp;Replace the current list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="115" />
        <source>Thêm vào &amp;cuối danh sách</source>
        <translation>&amp;Append to the list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="121" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="122" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/i18n.py" line="61" />
        <source>vi</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/long_task.py" line="175" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="159" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="161" />
        <source>&amp;Mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="162" />
        <source>M&amp;ở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="163" />
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="168" />
        <source>&amp;Lưu bản sao…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="169" />
        <source>Mở thư mục &amp;sao lưu</source>
        <translation>Open &amp;backup folder</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="170" />
        <source>&amp;In biên bản…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="173" />
        <source>Đó&amp;ng phiên</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="179" />
        <source>Tạo bản cho tổ &amp;kiểm phiếu…</source>
        <translation>Copy for a counting &amp;group…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="181" />
        <source>Tạo lượt nhập kiểm t&amp;ra…</source>
        <translation>Create a second pass (r&amp;e-entry)…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="183" />
        <source>Đối &amp;chiếu các lượt nhập…</source>
        <translation>Co&amp;mpare passes…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="186" />
        <source>Gộ&amp;p kết quả các tổ…</source>
        <translation>Merge the groups' resul&amp;ts…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="188" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="190" />
        <source>&amp;Kết quả</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="191" />
        <source>&amp;Chốt kết quả…</source>
        <translation>&amp;Finalise results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="195" />
        <source>&amp;Phiếu chờ quyết định…</source>
        <translation>Ballots awaiting a &amp;decision…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="197" />
        <source>Kiểm tra xác s&amp;uất…</source>
        <translation>S&amp;pot-check…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="200" />
        <source>&amp;Kiểm tra tệp và dấu vân tay…</source>
        <translation>&amp;Check the file and its fingerprint…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="209" />
        <source>Côn&amp;g cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="210" />
        <source>&amp;Bộ phiếu thử…</source>
        <translation>&amp;Test deck…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="213" />
        <source>&amp;Kiểm tra kết quả phiếu thử…</source>
        <translation>&amp;Check the test deck result…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="217" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="218" />
        <source>&amp;1 Phiên</source>
        <translation>&amp;1 Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="218" />
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="360" />
        <source>&amp;2 Người được lấy phiếu</source>
        <translation>&amp;2 Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="219" />
        <source>&amp;3 Nhập phiếu</source>
        <translation>&amp;3 Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="219" />
        <source>&amp;4 Kết quả</source>
        <translation>&amp;4 Results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="227" />
        <source>Màn hình &amp;chiếu</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="231" />
        <source>Hiện &amp;kết quả trên màn hình chiếu</source>
        <translation>Show &amp;results on the projector</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="238" />
        <source>Phóng &amp;to chữ</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="240" />
        <source>Thu &amp;nhỏ chữ</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="242" />
        <source>Cỡ chữ &amp;mặc định</source>
        <translation>&amp;Default size</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="245" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="246" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="255" />
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="256" />
        <source>&amp;Phím tắt nhập phiếu</source>
        <translation>Ballot entry &amp;keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="257" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="267" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="109" />
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="332" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="276" />
        <source>Đang mở tệp phiên %1…</source>
        <translation>Opening the session file %1…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="361" />
        <source>&amp;2 Người được bỏ phiếu tín nhiệm</source>
        <translation>&amp;2 Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="710" />
        <source>Bản cài đặt bị hỏng: không nạp được %1 (%2). Hãy cài đặt lại phần mềm.</source>
        <translation>This installation is broken: %1 could not be loaded (%2). Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="711" />
        <source>thư viện xem trước biên bản</source>
        <translation>the minutes preview library</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="364" />
        <source>Kiểm phiếu tín nhiệm — %1</source>
        <translation>Confidence ballot counting — %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="165" />
        <source>Mở phiên mẫ&amp;u</source>
        <translation>Open s&amp;ample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="193" />
        <source>&amp;Thêm đính chính…</source>
        <translation>&amp;Add addendum…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="203" />
        <source>&amp;Xuất kết quả…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="205" />
        <source>&amp;In mẫu phiếu trắng…</source>
        <translation>Print &amp;blank ballots…</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="49" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="104" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="217" />
        <source>Biên bản kiểm phiếu</source>
        <translation>Counting minutes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="72" />
        <source>Dấu vân tay: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="77" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="78" />
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="79" />
        <source>&amp;Mở bằng trình xem PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="80" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="111" />
        <source>Đã gửi %n trang đến máy in.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="123" />
        <source>Không mở được máy in. Kiểm tra máy in rồi thử lại.</source>
        <translation>Could not open the printer. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="142" />
        <source>Lưu biên bản thành PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="143" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="158" />
        <source>Không lưu được biên bản.</source>
        <translation>Could not save the minutes.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="160" />
        <source>Đã lưu biên bản: {0}</source>
        <translation>Minutes saved: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="177" />
        <source>Không tạo được tệp tạm: {0}.</source>
        <translation>Could not create a temporary file: {0}.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="181" />
        <source>Đã mở trong trình xem PDF: {0}</source>
        <translation>Opened in the PDF viewer: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="184" />
        <source>Không tìm thấy chương trình xem PDF. Tệp biên bản ở: {0}</source>
        <translation>No PDF viewer found. The minutes file is at: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="218" />
        <source>Đang dựng biên bản kiểm phiếu…</source>
        <translation>Making the counting minutes…</translation>
    </message>
</context>
<context>
    <name>OfficialsModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/officials_model.py" line="32" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/officials_model.py" line="32" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/officials_model.py" line="32" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>OfficialsScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="62" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="83" />
        <source>&amp;Họ và tên (Insert):</source>
        <translation>Full &amp;name (Insert):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="86" />
        <source>C&amp;hức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="105" />
        <source>Thêm (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="107" />
        <source>Xóa (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="108" />
        <source>Lên (Alt+Lên)</source>
        <translation>Up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="109" />
        <source>Xuống (Alt+Xuống)</source>
        <translation>Down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="111" />
        <source>Dán từ Excel/Word (Ctrl+V)</source>
        <translation>Paste from Excel/Word (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="112" />
        <source>Nhập từ tệp CSV/XLSX…</source>
        <translation>Import CSV/XLSX file…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="114" />
        <source>In mẫu phiếu trắng…</source>
        <translation>Print blank ballots…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="122" />
        <source>Nhập đúng thứ tự in trên phiếu. Enter hoặc F2 để sửa ô; Insert để thêm người; Esc để quay lại bảng.</source>
        <translation>Enter in the order printed on the ballot. Enter or F2 edits a cell; Insert adds an official; Esc returns to the table.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="169" />
        <source>Danh sách đã khóa: phiên đã chốt kết quả. Mọi sửa chữa ghi thành đính chính.</source>
        <translation>The list is locked: the results are finalised. Any correction is recorded as an addendum.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="172" />
        <source>Danh sách chỉ xem: tệp mở ở chế độ chỉ xem.</source>
        <translation>View-only list: the file is open view-only.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="175" />
        <source>Danh sách đã khóa: đã nhập phiếu cho loại phiếu này, nên thứ tự và số người phải giữ nguyên như trên các phiếu đã nhập. Muốn đổi danh sách, hãy tạo phiên mới.</source>
        <translation>The list is locked: ballots of this type are recorded, so the order and number of officials must stay as on those ballots. To change the list, create a new session.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="230" />
        <source>Bộ nhớ tạm không có dòng nào để dán.</source>
        <translation>The clipboard has no rows to paste.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="234" />
        <source>Đã bỏ dòng tiêu đề: %1</source>
        <translation>Heading row left out: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="237" />
        <source>Đã bỏ cột số thứ tự.</source>
        <translation>Column of row numbers left out.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="238" />
        <source>dán từ Excel/Word (bộ nhớ tạm)</source>
        <translation>pasted from Excel/Word (clipboard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="240" />
        <source>Đã dán %n người.</source>
        <translation><numerusform>Pasted %n official.</numerusform><numerusform>Pasted %n officials.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="265" />
        <source>Đã nhập %n người từ %1 (bảng mã: %2).</source>
        <translation><numerusform>Imported %n official from %1 (encoding: %2).</numerusform><numerusform>Imported %n officials from %1 (encoding: %2).</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="277" />
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="278" />
        <source>Bảng tính (*.csv *.xlsx *.txt);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="313" />
        <source>Xóa người được lấy phiếu</source>
        <translation>Remove official</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="315" />
        <source>Xóa người được bỏ phiếu tín nhiệm</source>
        <translation>Remove official</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="317" />
        <source>Xóa “%1” khỏi danh sách?</source>
        <translation>Remove “%1” from the list?</translation>
    </message>
</context>
<context>
    <name>OriginTexts</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/origin_text.py" line="28" />
        <source>Tổ kiểm phiếu: %1</source>
        <translation>Counting group: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/origin_text.py" line="30" />
        <source> (được giao %1 phiếu)</source>
        <translation> (%1 ballots handed)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/origin_text.py" line="34" />
        <source>Lượt nhập kiểm tra của %1</source>
        <translation>Second pass of %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/origin_text.py" line="35" />
        <source>Bản nhập thử của %1</source>
        <translation>Trial copy of %1</translation>
    </message>
</context>
<context>
    <name>PaperBallotModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="199" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="199" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="199" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="203" />
        <source>phím</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="206" />
        <source>Không hợp lệ
(phím 0 / x)</source>
        <translation>Invalid
(key 0 / x)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="98" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="98" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
</context>
<context>
    <name>ProjectorBoard</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="161" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="162" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="186" />
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="352" />
        <source>Chưa có phiếu nào được ghi.</source>
        <translation>No ballot recorded yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="135" />
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="350" />
        <source>phiếu số %1 đã hủy</source>
        <translation>ballot no. %1 voided</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="134" />
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="349" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="239" />
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="351" />
        <source>phiếu số %1 để riêng</source>
        <translation>ballot no. %1 set aside</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="241" />
        <source>Chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.</source>
        <translation>Awaiting the counting committee's decision; not counted yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="311" />
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="327" />
        <source>KHÔNG HỢP LỆ cả phiếu: %1</source>
        <translation>Whole ballot INVALID: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="444" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/projector_board.py" line="445" />
        <source>Ngưỡng</source>
        <translation>Band</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/projector_window.py" line="131" />
        <source>Màn hình chiếu — %1</source>
        <translation>Projector view — %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/projector_window.py" line="72" />
        <source>Đã nhập %1 / thu về %2</source>
        <translation>Recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/projector_window.py" line="171" />
        <source>KẾT QUẢ ĐÃ CHỐT</source>
        <translation>FINALISED RESULTS</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/projector_window.py" line="171" />
        <source>KẾT QUẢ TẠM THỜI</source>
        <translation>RUNNING RESULTS</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/prompts.py" line="47" />
        <source>Không thực hiện được</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/prompts.py" line="170" />
        <source>Lưu tệp của tổ</source>
        <translation>Save the group's file</translation>
    </message>
</context>
<context>
    <name>ReadbackStrip</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="165" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="166" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="189" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="288" />
        <source>Chưa có phiếu nào được ghi.</source>
        <translation>No ballot recorded yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="193" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="198" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="284" />
        <source>%1 — phiếu số %2</source>
        <translation>%1 — ballot no. %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="198" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="283" />
        <source>ĐỂ RIÊNG</source>
        <translation>SET ASIDE</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="201" />
        <source>Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.
Ghi chú: %2</source>
        <translation>Ballot %1 is set aside for the counting committee's decision; not counted yet.
Note: %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="207" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="286" />
        <source>phiếu số %1 đã hủy — đang nhập lại</source>
        <translation>ballot no. %1 voided — being re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="208" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="287" />
        <source>phiếu số %1 đã hủy, chưa nhập lại</source>
        <translation>ballot no. %1 voided, not yet re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="227" />
        <source>KHÔNG HỢP LỆ TOÀN BỘ: %1</source>
        <translation>WHOLLY INVALID: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="283" />
        <source>ĐÃ GHI</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="283" />
        <source>PHIẾU GHI GẦN NHẤT</source>
        <translation>LAST RECORDED</translation>
    </message>
</context>
<context>
    <name>ReadingTexts</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="42" />
        <source>không đánh dấu</source>
        <translation>no mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="44" />
        <source>đánh nhiều ô</source>
        <translation>several boxes marked</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="53" />
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="62" />
        <source>không có phiếu này</source>
        <translation>not in this file</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="55" />
        <source>cả phiếu không hợp lệ: %1</source>
        <translation>whole ballot invalid: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="64" />
        <source>không hợp lệ: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="65" />
        <source>có phiếu</source>
        <translation>entered</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="165" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="165" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="166" />
        <source>Tệp %1 (gốc)</source>
        <translation>File %1 (reference)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="166" />
        <source>Tệp %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/comparison_models.py" line="183" />
        <source>Cả phiếu</source>
        <translation>Whole ballot</translation>
    </message>
</context>
<context>
    <name>RegimeHints</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/core_texts.py" line="104" />
        <source>%1: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu · F9: để riêng chờ Ban kiểm phiếu</source>
        <translation>%1: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · Ctrl+Z: void the last ballot to re-enter it · F6: ballot list · F9: set aside for the committee</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="72" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="72" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="72" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="73" />
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="73" />
        <source>Không
hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="76" />
        <source>Ngưỡng</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/results_models.py" line="113" />
        <source>Không đánh dấu: %1 · Nhiều dấu: %2 · Cả phiếu không hợp lệ: %3</source>
        <translation>No mark: %1 · Several marks: %2 · Whole ballot invalid: %3</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="80" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="105" />
        <source>Kiểm tra:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="112" />
        <source>Chốt kết quả…</source>
        <translation>Finalise results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="113" />
        <source>Thêm đính chính…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="114" />
        <source>Xuất kết quả…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="115" />
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="232" />
        <source>Phiếu chờ quyết định…</source>
        <translation>Ballots awaiting a decision…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="116" />
        <source>Kiểm tra xác suất…</source>
        <translation>Spot-check…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="117" />
        <source>Đính chính:</source>
        <translation>Addenda:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="197" />
        <source>Đủ 2/3 số người được triệu tập có mặt: có</source>
        <translation>2/3 of those summoned present: yes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="199" />
        <source>Đủ 2/3 số người được triệu tập có mặt: KHÔNG — kết quả không có giá trị để quyết định, không chốt được</source>
        <translation>2/3 of those summoned present: NO — the results are not valid for a decision and cannot be finalised</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="215" />
        <source>Kiểm tra: %1, %2.</source>
        <translation>Checks: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="216" />
        <source>%n chặn chốt</source>
        <translation><numerusform>%n blocking</numerusform><numerusform>%n blocking</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="217" />
        <source>%n cảnh báo</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="231" />
        <source>Phiếu chờ quyết định (%1)…</source>
        <translation>Ballots awaiting a decision (%1)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="254" />
        <source>Dấu vân tay hiện tại (sau %n đính chính): %1</source>
        <translation><numerusform>Current fingerprint (after %n addendum): %1</numerusform><numerusform>Current fingerprint (after %n addenda): %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="214" />
        <source>Kiểm tra: không có vấn đề.</source>
        <translation>Checks: no problems.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="240" />
        <source>CHỈ XEM: tệp mở ở chế độ chỉ xem (tệp hoặc thư mục chỉ cho phép đọc). Kết quả chưa chốt. Xem kết quả và in biên bản được; không nhập hay sửa được gì.</source>
        <translation>VIEW ONLY: the file is open view-only (the file or its folder is read-only). The results are not finalised. You can view the results and print the minutes; nothing can be entered or changed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="242" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="245" />
        <source>Không thay đổi được nữa; mọi sửa chữa ghi thành đính chính.</source>
        <translation>Nothing can change any more; any correction is recorded as an addendum.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="246" />
        <source>Tệp mở ở chế độ chỉ xem.</source>
        <translation>The file is open view-only.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="249" />
        <source>ĐÃ CHỐT KẾT QUẢ lúc %1 — người chốt: %2. %3</source>
        <translation>RESULTS FINALISED at %1 by %2. %3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="251" />
        <source>Dấu vân tay lúc chốt: %1</source>
        <translation>Fingerprint at finalising: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="257" />
        <source>Dấu vân tay: %1 (lúc chốt)</source>
        <translation>Fingerprint: %1 (at finalising)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="304" />
        <source>Phát ra %1 · hỏng/đổi %2 · thu về %3 · đã nhập %4 · hợp lệ %5 · không hợp lệ toàn phiếu %6</source>
        <translation>Issued %1 · spoiled %2 · collected %3 · recorded %4 · valid %5 · wholly invalid %6</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="50" />
        <source>Mở tệp ở chế độ chỉ xem? Xem kết quả và in biên bản được; không nhập phiếu, không sửa được gì.</source>
        <translation>Open the file view-only? You can view the results and print the minutes; no ballots can be entered and nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="52" />
        <source>Mở ở chế độ chỉ xem</source>
        <translation>Open view-only</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="66" />
        <source>Mở phiên</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="72" />
        <source>Tạo phiên mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="79" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="80" />
        <source>Chọn thể thức (không đổi được sau khi tạo):</source>
        <translation>Choose the regime (fixed once created):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="103" />
        <source>Không chép được phiên mẫu: %1</source>
        <translation>Could not copy the sample session: %1</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="106" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="117" />
        <source>Tỷ lệ % tính trên:</source>
        <translation>Percentages of:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="119" />
        <source>Hội nghị</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="122" />
        <source>Bỏ phiếu tín nhiệm đối với:</source>
        <translation>Confidence vote concerning:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="124" />
        <source>&amp;Tên hội nghị:</source>
        <translation>Meeting &amp;title:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="124" />
        <source>&amp;Cơ quan, tổ chức:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="125" />
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="121" />
        <source>Lấy phiếu đối với:</source>
        <translation>Poll concerning:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="126" />
        <source>Địa &amp;danh:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="126" />
        <source>&amp;Ngày (dd/mm/yyyy):</source>
        <translation>&amp;Date (dd/mm/yyyy):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="127" />
        <source>&amp;Giờ (GG:PP):</source>
        <translation>Ti&amp;me (HH:MM):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="127" />
        <source>Địa điể&amp;m:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="131" />
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="133" />
        <source>Số người được triệu tập:</source>
        <translation>Summoned:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="134" />
        <source>Số người có mặt:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="136" />
        <source>Tổng số đại biểu:</source>
        <translation>Total delegates:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="145" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="148" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="150" />
        <source>Chỉ dòng đó không hợp lệ</source>
        <translation>That row only is invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="153" />
        <source>Bỏ qua, phiếu vẫn hợp lệ</source>
        <translation>Ignored, the ballot stays valid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="156" />
        <source>Phiên thử nghiệm (in chữ THỬ NGHIỆM)</source>
        <translation>Trial session (prints TRIAL)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="160" />
        <source>Tên in sẵn bị gạch:</source>
        <translation>Printed name crossed out:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="161" />
        <source>Ghi thêm tên ngoài danh sách:</source>
        <translation>Name written in by hand:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="162" />
        <source>Cảnh báo khi dòng không hợp lệ trên:</source>
        <translation>Warn when invalid rows exceed:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="168" />
        <source>Theo tên cơ quan, tổ chức (tự nhận ra)</source>
        <translation>From the body's name (automatic)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="169" />
        <source>Quốc hội</source>
        <translation>National Assembly</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="170" />
        <source>Hội đồng nhân dân</source>
        <translation>People's Council</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="174" />
        <source>Cơ quan &amp;bầu hoặc phê chuẩn:</source>
        <translation>Electing or approving &amp;body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="195" />
        <source>Sao lưu tự động: mỗi %1 phiếu một bản, giữ %2 bản mới nhất, trong thư mục %3 (Tệp → Mở thư mục sao lưu).</source>
        <translation>Automatic backups: one every %1 ballots, the newest %2 kept, in the folder %3 (File → Open backup folder).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="200" />
        <source>Sao lưu tự động: không (tệp mở ở chế độ chỉ xem).</source>
        <translation>Automatic backups: off (the file is open view-only).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="202" />
        <source>Sao lưu tự động: không.</source>
        <translation>Automatic backups: off.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="236" />
        <source>Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.</source>
        <translation>Condition: at least 2/3 of those summoned are present.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="238" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="241" />
        <source>Tỷ lệ % tính trên %1; mức xét: “%2”.</source>
        <translation>Percentages of %1; banded level: “%2”.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="333" />
        <source>Đủ 2/3: chưa biết (nhập hai số trên).</source>
        <translation>2/3 present: unknown (enter both figures).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="338" />
        <source>Đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>2/3 of those summoned present (%1/%2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="343" />
        <source>KHÔNG đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>FEWER than 2/3 of those summoned present (%1/%2).</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="75" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="76" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="77" />
        <source>Phiếu chờ Ban kiểm phiếu quyết định</source>
        <translation>Ballots awaiting the counting committee's decision</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="90" />
        <source>Ghi phiếu &amp;hợp lệ (Enter)</source>
        <translation>Record as &amp;valid (Enter)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="91" />
        <source>Phiếu &amp;không hợp lệ… (F8)</source>
        <translation>&amp;Invalid… (F8)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="92" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="104" />
        <source>Các phiếu để riêng khi nhập (F9) chưa được tính. Với từng phiếu, Ban kiểm phiếu quyết định: hợp lệ với các dấu nào, hay không hợp lệ với lý do gì. Chọn phiếu bằng Lên/Xuống, gõ các dấu như khi nhập phiếu (%1; 0 hoặc Cách: không đánh dấu; x: nhiều dấu), rồi Enter. F8: phiếu không hợp lệ.</source>
        <translation>Ballots set aside during entry (F9) are not counted yet. For each, the committee decides: valid with which marks, or invalid for what reason. Choose a ballot with Up/Down, type the marks as in entry (%1; 0 or Space: no mark; x: several marks), then Enter. F8: invalid ballot.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="110" />
        <source>&amp;Các dấu Ban kiểm phiếu quyết định:</source>
        <translation>&amp;Marks decided by the committee:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="144" />
        <source>Không còn phiếu nào chờ Ban kiểm phiếu quyết định.</source>
        <translation>No ballot is waiting for the committee's decision any more.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="187" />
        <source>Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.</source>
        <translation>Key “%1” is not used here. Use %2, 0 / Space, x.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="194" />
        <source>Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace để sửa.</source>
        <translation>Every row is filled: press Enter to record, or Backspace to correct.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="214" />
        <source>phiếu số %1 (để riêng lúc %2; ghi chú: %3)</source>
        <translation>ballot %1 (set aside at %2; note: %3)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="225" />
        <source>Còn %1 dòng chưa có dấu: gõ đủ %2 dòng rồi Enter.</source>
        <translation>%1 row(s) still without a mark: type all %2 rows, then Enter.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="229" />
        <source>Ban kiểm phiếu quyết định %1 là phiếu HỢP LỆ, với các dấu:</source>
        <translation>The committee decides that %1 is VALID, with the marks:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="231" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="254" />
        <source>Ghi quyết định này vào tệp? Ghi xong không sửa được (chỉ hủy rồi nhập lại như mọi phiếu).</source>
        <translation>Record this decision in the file? Once recorded it cannot be changed (only voided and entered again, like any ballot).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="233" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="256" />
        <source>Quyết định phiếu số %1</source>
        <translation>Decision on ballot %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="246" />
        <source>Phiếu số %1 không hợp lệ</source>
        <translation>Ballot %1 invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="247" />
        <source>Lý do (chọn hoặc gõ):</source>
        <translation>Reason (choose or type):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="252" />
        <source>Ban kiểm phiếu quyết định %1 là phiếu KHÔNG HỢP LỆ, lý do: %2</source>
        <translation>The committee decides that %1 is INVALID, reason: %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="271" />
        <source>Đã ghi quyết định: phiếu số %1.</source>
        <translation>Decision recorded: ballot %1.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="274" />
        <source>Đã ghi quyết định: phiếu số %1. Không còn phiếu nào chờ Ban kiểm phiếu quyết định.</source>
        <translation>Decision recorded: ballot %1. No ballot is waiting for the committee's decision any more.</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="287" />
        <source>Kiểm tra xác suất (bốc thăm phiếu đối chiếu)</source>
        <translation>Spot-check (ballots drawn for comparison)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="295" />
        <source>để trống: phần mềm tự tạo</source>
        <translation>leave empty: the app makes one</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="296" />
        <source>&amp;Bốc thăm…</source>
        <translation>&amp;Draw…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="311" />
        <source>&amp;Khớp</source>
        <translation>&amp;Matches</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="312" />
        <source>Có &amp;sai khác…</source>
        <translation>&amp;Differs…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="313" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="325" />
        <source>Phần mềm bốc ngẫu nhiên k số phiếu đã nhập; Ban kiểm phiếu rút đúng các phiếu giấy đó, đối chiếu với bản ghi và ghi “khớp” hoặc điểm khác. Mã bốc thăm và các số được in trong biên bản: ai cũng bốc lại được từ mã đó.</source>
        <translation>The app draws k of the recorded ballot numbers at random; the committee pulls those paper ballots, compares each with its record and records “matches” or the difference. The draw's seed and numbers are printed in the minutes: anyone can redo the draw from the seed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="330" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="335" />
        <source>Số phiếu &amp;cần bốc:</source>
        <translation>&amp;Ballots to draw:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="337" />
        <source>&amp;Mã bốc thăm (không bắt buộc):</source>
        <translation>S&amp;eed (optional):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="389" />
        <source>Chưa bốc thăm lần nào cho loại phiếu này.</source>
        <translation>No draw yet for this ballot type.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="394" />
        <source>Lần bốc thăm số %1, lúc %2, mã bốc thăm %3: phiếu số %4.</source>
        <translation>Draw %1, at %2, seed %3: ballots %4.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="409" />
        <source>Có phiếu giấy khác bản ghi: nên nhập lại toàn bộ phiếu lần hai để đối chiếu. Đây là cảnh báo: khi chốt kết quả, Ban kiểm phiếu phải ghi giải trình (in trong biên bản).</source>
        <translation>A paper ballot differs from its record: a second entry pass of every ballot is recommended for comparison. This is a warning: at finalising the committee must write an explanation (printed in the minutes).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="446" />
        <source>Bốc thăm kiểm tra</source>
        <translation>Spot-check draw</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="447" />
        <source>Bốc thăm %1 trong %2 phiếu đã nhập của “%3”? Lần bốc được ghi vào tệp và in trong biên bản; không xóa được.</source>
        <translation>Draw %1 of the %2 recorded ballots of “%3”? The draw is written to the file and printed in the minutes; it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="459" />
        <source>Đã bốc thăm: phiếu số %1 (mã bốc thăm %2). Rút các phiếu giấy này để đối chiếu.</source>
        <translation>Drawn: ballots %1 (seed %2). Pull these paper ballots to compare them.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="470" />
        <source>Đã ghi kết quả đối chiếu phiếu số %1: %2.</source>
        <translation>Ballot %1 was already compared: %2.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="485" />
        <source>Phiếu số %1: khớp.</source>
        <translation>Ballot %1: matches.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="495" />
        <source>Phiếu số %1 khác bản ghi</source>
        <translation>Ballot %1 differs from its record</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="496" />
        <source>Điểm khác giữa phiếu giấy và bản ghi (ví dụ: dòng 2 trên giấy là 3, bản ghi là 1), Enter để ghi, Esc để thôi:</source>
        <translation>What differs between the paper and the record (e.g. row 2 is 3 on paper, 1 in the record), Enter to record, Esc to cancel:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/decisions_dialog.py" line="505" />
        <source>Phiếu số %1: khác bản ghi, đã ghi.</source>
        <translation>Ballot %1: differs from its record, recorded.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="35" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="41" />
        <source>Lấy phiếu tín nhiệm (3 mức) và bỏ phiếu tín nhiệm (2 mức) — không cần mạng. Phiên bản %1.</source>
        <translation>Confidence polls (3 levels) and confidence votes (2 levels), offline. Version %1.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="46" />
        <source>Tạo phiên mới…  (Ctrl+N)</source>
        <translation>New session…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="47" />
        <source>Mở tệp phiên…  (Ctrl+O)</source>
        <translation>Open session file…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="48" />
        <source>Mở phiên mẫu để thử</source>
        <translation>Open the sample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="56" />
        <source>&amp;Mở gần đây (Enter để mở):</source>
        <translation>&amp;Recent (Enter opens):</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="101" />
        <source>Chưa mở phiên nào</source>
        <translation>No session open</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="116" />
        <source> · THỬ NGHIỆM</source>
        <translation> · TRIAL</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="133" />
        <source>ĐÃ CHỐT %1 · %2</source>
        <translation>FINALISED %1 · %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="135" />
        <source> · CHỈ XEM</source>
        <translation> · VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="137" />
        <source>Dấu vân tay lúc chốt: %1</source>
        <translation>Fingerprint at finalising: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="139" />
        <source> · hiện tại: %1</source>
        <translation> · current: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="143" />
        <source>CHỈ XEM</source>
        <translation>VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="144" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="150" />
        <source>đã nhập %1 / thu về %2</source>
        <translation>recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="158" />
        <source>, để riêng %1</source>
        <translation>, set aside %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="189" />
        <source>Đang kiểm tra tệp: %1 / %2 mục nhật ký (%3 %) — chưa nhập được</source>
        <translation>Checking the file: %1 / %2 log entries (%3 %) — no entry yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="192" />
        <source>Đang kiểm tra tệp: %1 % — chưa nhập được</source>
        <translation>Checking the file: %1 % — no entry yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="193" />
        <source>Đang kiểm tra tệp: %1 %</source>
        <translation>Checking the file: %1 %</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="200" />
        <source>Kiểm tra: %1 %</source>
        <translation>Checking: %1 %</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="222" />
        <source>⚠ %1 Các phiếu vẫn được ghi bình thường.</source>
        <translation>⚠ %1 Ballots are still recorded as usual.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="234" />
        <source>Đã sao lưu tự động: %1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="83" />
        <source>1 · Phiên</source>
        <translation>1 · Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="84" />
        <source>2 · Người được lấy phiếu</source>
        <translation>2 · Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="86" />
        <source>2 · Người được bỏ phiếu tín nhiệm</source>
        <translation>2 · Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="87" />
        <source>3 · Nhập phiếu</source>
        <translation>3 · Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="88" />
        <source>4 · Kết quả</source>
        <translation>4 · Results</translation>
    </message>
</context>
</TS>