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
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="210" />
        <source>Thêm đính chính</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="213" />
        <source>Đính chính số %1. %2
Kết quả đã chốt không bị sửa: đính chính được ghi thêm vào nhật ký của tệp, hiện ở màn hình Kết quả và in trong biên bản. Ghi xong không xóa được.</source>
        <translation>Addendum no. %1. %2
The finalised results are not changed: the addendum is appended to the file's log, shown on the Results screen and printed with the minutes. Once recorded it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="221" />
        <source>&amp;Nội dung (tối đa 500 ký tự):</source>
        <translation>&amp;Text (at most 500 characters):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="222" />
        <source>Người &amp;lập:</source>
        <translation>Recorded &amp;by:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="225" />
        <source>Ghi đính chính</source>
        <translation>Record addendum</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="227" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BallotListModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="268" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="268" />
        <source>Lúc ghi</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="268" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="268" />
        <source>Phiếu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="262" />
        <source>ĐÃ HỦY</source>
        <translation>VOIDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="262" />
        <source>Có hiệu lực</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="310" />
        <source>Không hợp lệ toàn bộ: %1</source>
        <translation>Wholly invalid: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="323" />
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
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="130" />
        <source>Loại phiếu</source>
        <translation>Ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="130" />
        <source>Phát ra</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="130" />
        <source>Hỏng / đổi</source>
        <translation>Spoiled / exchanged</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="131" />
        <source>Thu về</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="131" />
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
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="30" />
        <source>Đã chốt kết quả lúc %1; người chốt: %2.</source>
        <translation>Results finalised at %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="36" />
        <source>Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The file is open view-only: nothing can be written to it. Copy it to a folder you can write to and open it again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="47" />
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="57" />
        <source>Chốt kết quả</source>
        <translation>Finalise results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="58" />
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
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="72" />
        <source>Phiên chưa chốt kết quả: sửa trực tiếp, không cần đính chính.</source>
        <translation>The results are not finalised: correct them directly, no addendum is needed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="85" />
        <source>Kiểm tra tệp và dấu vân tay</source>
        <translation>Check the file and its fingerprint</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="88" />
        <source>Dấu vân tay in trên biên bản (để trống nếu chỉ kiểm tra tệp):</source>
        <translation>Fingerprint printed on the minutes (leave empty to check the file only):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="102" />
        <source>Tệp KHÔNG nguyên vẹn:</source>
        <translation>The file is NOT intact:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="105" />
        <source>Tệp nguyên vẹn (%n mục nhật ký).</source>
        <translation><numerusform>The file is intact (%n log entry).</numerusform><numerusform>The file is intact (%n log entries).</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="106" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/closing.py" line="108" />
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
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="55" />
        <source>Trưởng ban</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="56" />
        <source>Phó Trưởng ban</source>
        <translation>Deputy Chair</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="57" />
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="58" />
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="63" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/session_models.py" line="63" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>CopiesFlow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="24" />
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="38" />
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="32" />
        <source>Đã lưu bản sao và kiểm tra: nguyên vẹn (%1 mục nhật ký).</source>
        <translation>Copy saved and verified: intact (%1 log entries).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="34" />
        <source>Đã lưu bản sao nhưng kiểm tra thấy lỗi:
%1</source>
        <translation>Copy saved but verification found:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="36" />
        <source>Dấu vân tay của bản sao: %1</source>
        <translation>Fingerprint of the copy: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="49" />
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="50" />
        <source>Bản sao lưu tự động được tạo sau mỗi %1 phiếu trong thư mục:
%2
%3</source>
        <translation>An automatic backup is made every %1 ballots in the folder:
%2
%3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/copies.py" line="52" />
        <source>Thư mục này chưa có (chưa đến lượt sao lưu nào).</source>
        <translation>This folder does not exist yet (no backup has been due).</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="86" />
        <source>PHIẾU GHI GẦN NHẤT</source>
        <translation>LAST RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="88" />
        <source>Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2).</source>
        <translation>No officials yet: enter the list on the Officials screen (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="92" />
        <source>Phiên đang dở: phiếu ghi gần nhất là số %1, lúc %2 ngày %3 (ở dải đọc lại). Phiếu tiếp theo là số %4.</source>
        <translation>Session in progress: the last ballot recorded is no. %1, at %2 on %3 (in the read-back strip). The next is no. %4.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="111" />
        <source>ĐÃ CHỐT KẾT QUẢ lúc %1 (người chốt: %2): không nhập, không hủy phiếu được nữa. Mọi sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>RESULTS FINALISED at %1 (by %2): ballots can no longer be entered or voided. Any correction is recorded as an addendum (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="115" />
        <source>CHỈ XEM: tệp mở ở chế độ chỉ xem, không nhập phiếu được.</source>
        <translation>VIEW ONLY: the file is open view-only; ballots cannot be entered.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="121" />
        <source>Phiên đã chốt kết quả: không nhập, không hủy phiếu được. Sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…).</source>
        <translation>The results are finalised: ballots cannot be entered or voided. Corrections are recorded as addenda (Results → Add addendum…).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="124" />
        <source>Tệp mở ở chế độ chỉ xem: không nhập, không hủy phiếu được.</source>
        <translation>The file is open view-only: ballots cannot be entered or voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="137" />
        <source>Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về ở màn hình Phiên (Ctrl+1) trước khi nhập phiếu.</source>
        <translation>No collected count yet: enter the issued and collected counts on the Session screen (Ctrl+1) before entering ballots.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="140" />
        <source>Đã nhập đủ %1/%2 phiếu thu về: không nhập thêm được. Nếu đếm lại thấy nhiều phiếu hơn, sửa số phiếu thu về ở màn hình Phiên (Ctrl+1).</source>
        <translation>All %1/%2 collected ballots are entered: no more can be entered. If a recount finds more ballots, correct the collected count on the Session screen (Ctrl+1).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="157" />
        <source>ĐÃ CHỐT</source>
        <translation>FINALISED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="158" />
        <source>CHỈ XEM</source>
        <translation>VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="162" />
        <source>Nhập lại phiếu số %1 đã hủy (Esc: thôi)</source>
        <translation>Re-entering voided ballot no. %1 (Esc: stop)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="164" />
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="178" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="170" />
        <source>Chưa nhập số phiếu thu về</source>
        <translation>No collected count yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="173" />
        <source>Đã nhập đủ %1/%2 phiếu thu về</source>
        <translation>All %1/%2 collected ballots entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="181" />
        <source>Đã nhập %1 / thu về %2</source>
        <translation>Recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="231" />
        <source>Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace / Lên để sửa.</source>
        <translation>Every row is filled: press Enter to record, or Backspace / Up to correct.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="251" />
        <source>Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.</source>
        <translation>Key “%1” is not used here. Use %2, 0 / Space, x.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="259" />
        <source>Đủ %1 dòng: nhấn Enter để ghi phiếu.</source>
        <translation>All %1 rows filled: press Enter to record.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="300" />
        <source>Chưa có người được lấy phiếu trên phiếu này.</source>
        <translation>This ballot has no officials yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="306" />
        <source>Dòng %1 chưa nhập: đã chuyển tới dòng đó.</source>
        <translation>Row %1 is not entered yet: moved there.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="326" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="327" />
        <source>Lý do (chọn hoặc gõ):</source>
        <translation>Reason (choose or type):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="342" />
        <source>Chưa có phiếu nào để hủy.</source>
        <translation>No ballot to void yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="349" />
        <source>Phiếu này đã bị hủy trước đó.</source>
        <translation>This ballot was already voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="353" />
        <source>Hủy phiếu</source>
        <translation>Void ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="354" />
        <source>Hủy phiếu số %1 (ghi lúc %2: %3) để nhập lại?
Phiếu cũ vẫn được lưu, ghi là đã hủy.</source>
        <translation>Void ballot no. %1 (recorded at %2: %3) to re-enter it?
The old ballot stays in the file, marked as voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="362" />
        <source>Lý do hủy phiếu</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="362" />
        <source>Lý do hủy:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="362" />
        <source>Nhập sai, nhập lại</source>
        <translation>Entered wrongly, re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="373" />
        <source>Phiếu số %1 đã hủy. Sửa rồi nhấn Enter để ghi lại với cùng số.</source>
        <translation>Ballot no. %1 voided. Correct it and press Enter to record it with the same number.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="386" />
        <source>Thôi nhập lại: phiếu số %1 đã hủy và chưa được ghi lại.</source>
        <translation>Re-entry stopped: ballot no. %1 is voided and not recorded again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="395" />
        <source>Phiếu số %1 đã hủy và đang được nhập lại, chưa ghi.</source>
        <translation>Ballot no. %1 was voided and is being entered again; it is not recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="399" />
        <source>Phiếu số %1 đang nhập dở (%2/%3 dòng), chưa ghi.</source>
        <translation>Ballot no. %1 is half entered (%2/%3 rows); it is not recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="410" />
        <source>Phiếu đang nhập dở</source>
        <translation>Ballot half entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="411" />
        <source>Vẫn đóng? Phiếu này sẽ không được ghi; phải nhập lại khi mở lại phiên.</source>
        <translation>Close anyway? This ballot will not be recorded; enter it again when the session is reopened.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="427" />
        <source>ĐÃ GHI</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="428" />
        <source>Đã ghi phiếu số %1.</source>
        <translation>Ballot no. %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_screen.py" line="462" />
        <source>Phiếu đang nhập dở đã bỏ; phiếu đã hủy vẫn chưa nhập lại.</source>
        <translation>The unfinished ballot was dropped; a voided ballot is still not re-entered.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="84" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="131" />
        <source>Các phiếu đã ghi (F6; Delete = hủy và nhập lại):</source>
        <translation>Recorded ballots (F6; Delete = void and re-enter):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="141" />
        <source>1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu</source>
        <translation>1 2 3: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · Ctrl+Z: void the last ballot to re-enter it · F6: ballot list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="152" />
        <source>Cả phiếu không hợp lệ…</source>
        <translation>Whole ballot invalid…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="154" />
        <source>Hủy phiếu vừa ghi để nhập lại…</source>
        <translation>Void the last ballot to re-enter it…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="156" />
        <source>Chuyển giữa phiếu và danh sách</source>
        <translation>Switch between ballot and list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="286" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/entry_view.py" line="291" />
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
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="146" />
        <source>Sửa số phiếu ở màn hình Phiên (Ctrl+1) hoặc nhập đủ phiếu ở màn hình Nhập phiếu (Ctrl+3), rồi chốt lại.</source>
        <translation>Correct the ballot counts on the Session screen (Ctrl+1) or enter the remaining ballots on the Ballot entry screen (Ctrl+3), then finalise again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="151" />
        <source>Sau khi chốt, phiên không thể thay đổi: không nhập thêm, không hủy phiếu, không sửa danh sách, số phiếu hay thông tin phiên. Mọi sửa chữa về sau chỉ ghi được thành đính chính có đánh số, in kèm biên bản. Dấu vân tay lúc chốt được in trên biên bản.</source>
        <translation>Once finalised, the session cannot change: no more ballots, no voiding, no changes to the lists, counts or session details. Any later correction can only be recorded as a numbered addendum, printed with the minutes. The fingerprint at finalising is printed on the minutes.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="158" />
        <source>Các cảnh báo sau cần được Ban kiểm phiếu chấp nhận, với giải trình (in trong biên bản):</source>
        <translation>The counting committee must accept these warnings, with an explanation (printed in the minutes):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="161" />
        <source>Không có cảnh báo nào.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/finalise_dialog.py" line="171" />
        <source>Giải trình (bắt buộc):</source>
        <translation>Explanation (required):</translation>
    </message>
</context>
<context>
    <name>HelpBoxes</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="21" />
        <source>Phím tắt nhập phiếu</source>
        <translation>Ballot entry keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="22" />
        <source>1, 2, 3: đánh dấu ô của dòng hiện tại và xuống dòng (1, 2 khi bỏ phiếu)
0 hoặc phím cách: không đánh dấu (dòng không hợp lệ)
x: đánh dấu nhiều ô (dòng không hợp lệ)
Backspace: lùi một dòng và xóa dòng đó
Lên / Xuống: di chuyển
Enter: ghi phiếu (khi mọi dòng đã nhập)
F8: cả phiếu không hợp lệ (chọn hoặc gõ lý do)
Ctrl+Z: hủy phiếu vừa ghi và nhập lại với cùng số
F6: chuyển sang danh sách phiếu; Delete ở đó: hủy phiếu đang chọn và nhập lại
Ctrl+1 … Ctrl+4: các màn hình; Ctrl++ / Ctrl+-: cỡ chữ</source>
        <translation>1, 2, 3: mark the current row and move down (1, 2 for a vote)
0 or Space: no mark (row invalid)
x: several marks (row invalid)
Backspace: back one row and clear it
Up / Down: move
Enter: record the ballot (when every row is filled)
F8: whole ballot invalid (choose or type a reason)
Ctrl+Z: void the last ballot and re-enter it with the same number
F6: go to the ballot list; Delete there: void the selected ballot and re-enter it
Ctrl+1 … Ctrl+4: screens; Ctrl++ / Ctrl+-: text size</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="36" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/help.py" line="37" />
        <source>Kiểm phiếu tín nhiệm %1
Nhập phiếu, tính kết quả và in biên bản kiểm phiếu, không cần mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi.</source>
        <translation>Confidence ballot counting %1
Enter ballots, compute results and print the counting minutes, offline. Each ballot is on disk as soon as the screen says it is recorded.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="73" />
        <source>Xem trước danh sách nhập</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="83" />
        <source>Nguồn: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="85" />
        <source>Bảng mã: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="86" />
        <source>Số người: %1</source>
        <translation>Officials: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="90" />
        <source>&amp;Thay thế danh sách hiện có</source>
        <translation>&amp;Replace the current list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="91" />
        <source>Thêm vào &amp;cuối danh sách</source>
        <translation>&amp;Append to the list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="97" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/officials_import.py" line="98" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/i18n.py" line="55" />
        <source>vi</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="105" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="107" />
        <source>&amp;Mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="108" />
        <source>M&amp;ở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="109" />
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="114" />
        <source>&amp;Lưu bản sao…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="115" />
        <source>Mở thư mục &amp;sao lưu</source>
        <translation>Open &amp;backup folder</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="116" />
        <source>&amp;In biên bản…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="119" />
        <source>Đó&amp;ng phiên</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="123" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="125" />
        <source>&amp;Kết quả</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="126" />
        <source>&amp;Chốt kết quả…</source>
        <translation>&amp;Finalise results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="131" />
        <source>&amp;Kiểm tra tệp và dấu vân tay…</source>
        <translation>&amp;Check the file and its fingerprint…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="140" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="141" />
        <source>&amp;1 Phiên</source>
        <translation>&amp;1 Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="141" />
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="214" />
        <source>&amp;2 Người được lấy phiếu</source>
        <translation>&amp;2 Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="142" />
        <source>&amp;3 Nhập phiếu</source>
        <translation>&amp;3 Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="142" />
        <source>&amp;4 Kết quả</source>
        <translation>&amp;4 Results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="150" />
        <source>Phóng &amp;to chữ</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="152" />
        <source>Thu &amp;nhỏ chữ</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="154" />
        <source>Cỡ chữ &amp;mặc định</source>
        <translation>&amp;Default size</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="157" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="158" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="167" />
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="168" />
        <source>&amp;Phím tắt nhập phiếu</source>
        <translation>Ballot entry &amp;keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="169" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="179" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="188" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="215" />
        <source>&amp;2 Người được bỏ phiếu tín nhiệm</source>
        <translation>&amp;2 Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="446" />
        <source>Bản cài đặt bị hỏng: không nạp được %1 (%2). Hãy cài đặt lại phần mềm.</source>
        <translation>This installation is broken: %1 could not be loaded (%2). Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="447" />
        <source>thư viện xem trước biên bản</source>
        <translation>the minutes preview library</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="217" />
        <source>Kiểm phiếu tín nhiệm — %1</source>
        <translation>Confidence ballot counting — %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="111" />
        <source>Mở phiên mẫ&amp;u</source>
        <translation>Open s&amp;ample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="128" />
        <source>&amp;Thêm đính chính…</source>
        <translation>&amp;Add addendum…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="134" />
        <source>&amp;Xuất kết quả…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="136" />
        <source>&amp;In mẫu phiếu trắng…</source>
        <translation>Print &amp;blank ballots…</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="41" />
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="94" />
        <source>Biên bản kiểm phiếu</source>
        <translation>Counting minutes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="62" />
        <source>Dấu vân tay: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="67" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="68" />
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="69" />
        <source>&amp;Mở bằng trình xem PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="70" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="101" />
        <source>Đã gửi %n trang đến máy in.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="113" />
        <source>Không mở được máy in. Kiểm tra máy in rồi thử lại.</source>
        <translation>Could not open the printer. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="132" />
        <source>Lưu biên bản thành PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="133" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="147" />
        <source>Không lưu được {0}: {1}. Chọn thư mục khác.</source>
        <translation>Could not save {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="152" />
        <source>Đã lưu biên bản: {0}</source>
        <translation>Minutes saved: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="169" />
        <source>Không tạo được tệp tạm: {0}.</source>
        <translation>Could not create a temporary file: {0}.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="173" />
        <source>Đã mở trong trình xem PDF: {0}</source>
        <translation>Opened in the PDF viewer: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/minutes_dialog.py" line="176" />
        <source>Không tìm thấy chương trình xem PDF. Tệp biên bản ở: {0}</source>
        <translation>No PDF viewer found. The minutes file is at: {0}</translation>
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
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="227" />
        <source>Bộ nhớ tạm không có dòng nào để dán.</source>
        <translation>The clipboard has no rows to paste.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="231" />
        <source>Đã bỏ dòng tiêu đề: %1</source>
        <translation>Heading row left out: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="234" />
        <source>Đã bỏ cột số thứ tự.</source>
        <translation>Column of row numbers left out.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="235" />
        <source>dán từ Excel/Word (bộ nhớ tạm)</source>
        <translation>pasted from Excel/Word (clipboard)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="237" />
        <source>Đã dán %n người.</source>
        <translation><numerusform>Pasted %n official.</numerusform><numerusform>Pasted %n officials.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="262" />
        <source>Đã nhập %n người từ %1 (bảng mã: %2).</source>
        <translation><numerusform>Imported %n official from %1 (encoding: %2).</numerusform><numerusform>Imported %n officials from %1 (encoding: %2).</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="274" />
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="275" />
        <source>Bảng tính (*.csv *.xlsx *.txt);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="310" />
        <source>Xóa người được lấy phiếu</source>
        <translation>Remove official</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="312" />
        <source>Xóa người được bỏ phiếu tín nhiệm</source>
        <translation>Remove official</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/officials_screen.py" line="314" />
        <source>Xóa “%1” khỏi danh sách?</source>
        <translation>Remove “%1” from the list?</translation>
    </message>
</context>
<context>
    <name>PaperBallotModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="197" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="197" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="197" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="201" />
        <source>phím</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="204" />
        <source>Không hợp lệ
(phím 0 / x)</source>
        <translation>Invalid
(key 0 / x)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="96" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/models/entry_models.py" line="96" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/dialogs/prompts.py" line="45" />
        <source>Không thực hiện được</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ReadbackStrip</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="113" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="114" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="136" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="199" />
        <source>Chưa có phiếu nào được ghi.</source>
        <translation>No ballot recorded yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="143" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="195" />
        <source>%1 — phiếu số %2</source>
        <translation>%1 — ballot no. %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="151" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="197" />
        <source>phiếu số %1 đã hủy — đang nhập lại</source>
        <translation>ballot no. %1 voided — being re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="152" />
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="198" />
        <source>phiếu số %1 đã hủy, chưa nhập lại</source>
        <translation>ballot no. %1 voided, not yet re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="158" />
        <source>KHÔNG HỢP LỆ TOÀN BỘ: %1</source>
        <translation>WHOLLY INVALID: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="194" />
        <source>ĐÃ GHI</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/readback.py" line="194" />
        <source>PHIẾU GHI GẦN NHẤT</source>
        <translation>LAST RECORDED</translation>
    </message>
</context>
<context>
    <name>RegimeHints</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/core_texts.py" line="104" />
        <source>%1: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu</source>
        <translation>%1: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · Ctrl+Z: void the last ballot to re-enter it · F6: ballot list</translation>
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
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="75" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="100" />
        <source>Kiểm tra:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="107" />
        <source>Chốt kết quả…</source>
        <translation>Finalise results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="108" />
        <source>Thêm đính chính…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="109" />
        <source>Xuất kết quả…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="110" />
        <source>Đính chính:</source>
        <translation>Addenda:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="184" />
        <source>Đủ 2/3 số người được triệu tập có mặt: có</source>
        <translation>2/3 of those summoned present: yes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="186" />
        <source>Đủ 2/3 số người được triệu tập có mặt: KHÔNG — kết quả không có giá trị để quyết định, không chốt được</source>
        <translation>2/3 of those summoned present: NO — the results are not valid for a decision and cannot be finalised</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="202" />
        <source>Kiểm tra: %1, %2.</source>
        <translation>Checks: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="203" />
        <source>%n chặn chốt</source>
        <translation><numerusform>%n blocking</numerusform><numerusform>%n blocking</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="204" />
        <source>%n cảnh báo</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="234" />
        <source>Dấu vân tay hiện tại (sau %n đính chính): %1</source>
        <translation><numerusform>Current fingerprint (after %n addendum): %1</numerusform><numerusform>Current fingerprint (after %n addenda): %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="201" />
        <source>Kiểm tra: không có vấn đề.</source>
        <translation>Checks: no problems.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="220" />
        <source>CHỈ XEM: tệp mở ở chế độ chỉ xem (tệp hoặc thư mục chỉ cho phép đọc). Kết quả chưa chốt. Xem kết quả và in biên bản được; không nhập hay sửa được gì.</source>
        <translation>VIEW ONLY: the file is open view-only (the file or its folder is read-only). The results are not finalised. You can view the results and print the minutes; nothing can be entered or changed.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="222" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="225" />
        <source>Không thay đổi được nữa; mọi sửa chữa ghi thành đính chính.</source>
        <translation>Nothing can change any more; any correction is recorded as an addendum.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="226" />
        <source>Tệp mở ở chế độ chỉ xem.</source>
        <translation>The file is open view-only.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="229" />
        <source>ĐÃ CHỐT KẾT QUẢ lúc %1 — người chốt: %2. %3</source>
        <translation>RESULTS FINALISED at %1 by %2. %3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="231" />
        <source>Dấu vân tay lúc chốt: %1</source>
        <translation>Fingerprint at finalising: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="237" />
        <source>Dấu vân tay: %1 (lúc chốt)</source>
        <translation>Fingerprint: %1 (at finalising)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/results_screen.py" line="274" />
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
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="61" />
        <source>Mở phiên</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="68" />
        <source>Tạo phiên mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="75" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="76" />
        <source>Chọn thể thức (không đổi được sau khi tạo):</source>
        <translation>Choose the regime (fixed once created):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/flows/opening.py" line="99" />
        <source>Không chép được phiên mẫu: %1</source>
        <translation>Could not copy the sample session: %1</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="105" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="116" />
        <source>Tỷ lệ % tính trên:</source>
        <translation>Percentages of:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="118" />
        <source>Hội nghị</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="121" />
        <source>Bỏ phiếu tín nhiệm đối với:</source>
        <translation>Confidence vote concerning:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="123" />
        <source>&amp;Tên hội nghị:</source>
        <translation>Meeting &amp;title:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="123" />
        <source>&amp;Cơ quan, tổ chức:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="124" />
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="120" />
        <source>Lấy phiếu đối với:</source>
        <translation>Poll concerning:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="125" />
        <source>Địa &amp;danh:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="125" />
        <source>&amp;Ngày (dd/mm/yyyy):</source>
        <translation>&amp;Date (dd/mm/yyyy):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="126" />
        <source>&amp;Giờ (GG:PP):</source>
        <translation>Ti&amp;me (HH:MM):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="126" />
        <source>Địa điể&amp;m:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="130" />
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="132" />
        <source>Số người được triệu tập:</source>
        <translation>Summoned:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="133" />
        <source>Số người có mặt:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="135" />
        <source>Tổng số đại biểu:</source>
        <translation>Total delegates:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="144" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="147" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="149" />
        <source>Chỉ dòng đó không hợp lệ</source>
        <translation>That row only is invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="152" />
        <source>Bỏ qua, phiếu vẫn hợp lệ</source>
        <translation>Ignored, the ballot stays valid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="155" />
        <source>Phiên thử nghiệm (in chữ THỬ NGHIỆM)</source>
        <translation>Trial session (prints TRIAL)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="159" />
        <source>Tên in sẵn bị gạch:</source>
        <translation>Printed name crossed out:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="160" />
        <source>Ghi thêm tên ngoài danh sách:</source>
        <translation>Name written in by hand:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="161" />
        <source>Cảnh báo khi dòng không hợp lệ trên:</source>
        <translation>Warn when invalid rows exceed:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="177" />
        <source>Sao lưu tự động: mỗi %1 phiếu một bản, giữ %2 bản mới nhất, trong thư mục %3 (Tệp → Mở thư mục sao lưu).</source>
        <translation>Automatic backups: one every %1 ballots, the newest %2 kept, in the folder %3 (File → Open backup folder).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="182" />
        <source>Sao lưu tự động: không (tệp mở ở chế độ chỉ xem).</source>
        <translation>Automatic backups: off (the file is open view-only).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="184" />
        <source>Sao lưu tự động: không.</source>
        <translation>Automatic backups: off.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="218" />
        <source>Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.</source>
        <translation>Condition: at least 2/3 of those summoned are present.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="220" />
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="223" />
        <source>Tỷ lệ % tính trên %1; mức xét: “%2”.</source>
        <translation>Percentages of %1; banded level: “%2”.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="314" />
        <source>Đủ 2/3: chưa biết (nhập hai số trên).</source>
        <translation>2/3 present: unknown (enter both figures).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="319" />
        <source>Đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>2/3 of those summoned present (%1/%2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/session_screen.py" line="324" />
        <source>KHÔNG đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>FEWER than 2/3 of those summoned present (%1/%2).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="31" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="37" />
        <source>Lấy phiếu tín nhiệm (3 mức) và bỏ phiếu tín nhiệm (2 mức) — không cần mạng. Phiên bản %1.</source>
        <translation>Confidence polls (3 levels) and confidence votes (2 levels), offline. Version %1.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="42" />
        <source>Tạo phiên mới…  (Ctrl+N)</source>
        <translation>New session…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="43" />
        <source>Mở tệp phiên…  (Ctrl+O)</source>
        <translation>Open session file…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="44" />
        <source>Mở phiên mẫu để thử</source>
        <translation>Open the sample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/screens/start_page.py" line="52" />
        <source>&amp;Mở gần đây (Enter để mở):</source>
        <translation>&amp;Recent (Enter opens):</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="88" />
        <source>Chưa mở phiên nào</source>
        <translation>No session open</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="97" />
        <source> · THỬ NGHIỆM</source>
        <translation> · TRIAL</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="104" />
        <source>ĐÃ CHỐT %1 · %2</source>
        <translation>FINALISED %1 · %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="106" />
        <source> · CHỈ XEM</source>
        <translation> · VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="108" />
        <source>Dấu vân tay lúc chốt: %1</source>
        <translation>Fingerprint at finalising: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="110" />
        <source> · hiện tại: %1</source>
        <translation> · current: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="114" />
        <source>CHỈ XEM</source>
        <translation>VIEW ONLY</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="115" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="121" />
        <source>đã nhập %1 / thu về %2</source>
        <translation>recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="138" />
        <source>Đang kiểm tra tệp: %1 / %2 mục nhật ký (%3 %) — chưa nhập được</source>
        <translation>Checking the file: %1 / %2 log entries (%3 %) — no entry yet</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="151" />
        <source>⚠ %1 Các phiếu vẫn được ghi bình thường.</source>
        <translation>⚠ %1 Ballots are still recorded as usual.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/widgets/status_bar.py" line="163" />
        <source>Đã sao lưu tự động: %1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="37" />
        <source>1 · Phiên</source>
        <translation>1 · Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="38" />
        <source>2 · Người được lấy phiếu</source>
        <translation>2 · Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="40" />
        <source>2 · Người được bỏ phiếu tín nhiệm</source>
        <translation>2 · Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="41" />
        <source>3 · Nhập phiếu</source>
        <translation>3 · Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="42" />
        <source>4 · Kết quả</source>
        <translation>4 · Results</translation>
    </message>
</context>
</TS>