<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BallotListModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="208" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="208" />
        <source>Lúc ghi</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="208" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="208" />
        <source>Phiếu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="250" />
        <source>ĐÃ HỦY</source>
        <translation>VOIDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="250" />
        <source>Có hiệu lực</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="252" />
        <source>Không hợp lệ toàn bộ: %1</source>
        <translation>Wholly invalid: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="254" />
        <source> — hủy lúc %1: %2</source>
        <translation> — voided at %1: %2</translation>
    </message>
</context>
<context>
    <name>BallotTypesBox</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="156" />
        <source>Loại phiếu và số phiếu (sửa trực tiếp trong bảng)</source>
        <translation>Ballot types and accounting (edit in the table)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="167" />
        <source>Thêm loại phiếu…</source>
        <translation>Add ballot type…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="183" />
        <source>Thêm loại phiếu</source>
        <translation>Add ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="183" />
        <source>Tên loại phiếu:</source>
        <translation>Ballot type name:</translation>
    </message>
</context>
<context>
    <name>BallotTypesModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="134" />
        <source>Loại phiếu</source>
        <translation>Ballot type</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="134" />
        <source>Phát ra</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="134" />
        <source>Hỏng / đổi</source>
        <translation>Spoiled / exchanged</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="135" />
        <source>Thu về</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="135" />
        <source>Đã nhập</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="164" />
        <source>“%1” không phải số nguyên không âm.</source>
        <translation>“%1” is not a whole number ≥ 0.</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="102" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="102" />
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="112" />
        <source>CHẶN chốt</source>
        <translation>BLOCKS finalising</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="112" />
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>CommitteeBox</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="76" />
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="86" />
        <source>Họ và tên thành viên</source>
        <translation>Member's full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="91" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="92" />
        <source>Xóa (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="93" />
        <source>Lên (Alt+Lên)</source>
        <translation>Up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_lists.py" line="94" />
        <source>Xuống (Alt+Xuống)</source>
        <translation>Down (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>CommitteeModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="52" />
        <source>Trưởng ban</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="53" />
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="54" />
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="58" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_models.py" line="58" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>EntryScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="51" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="102" />
        <source>Các phiếu đã ghi (F6; Delete = hủy và nhập lại):</source>
        <translation>Recorded ballots (F6; Delete = void and re-enter):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="113" />
        <source>1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu</source>
        <translation>1 2 3: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · Ctrl+Z: void the last ballot to re-enter it · F6: ballot list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="130" />
        <source>Cả phiếu không hợp lệ…</source>
        <translation>Whole ballot invalid…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="132" />
        <source>Hủy phiếu vừa ghi để nhập lại…</source>
        <translation>Void the last ballot to re-enter it…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="134" />
        <source>Chuyển giữa phiếu và danh sách</source>
        <translation>Switch between ballot and list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="197" />
        <source>PHIẾU GHI GẦN NHẤT</source>
        <translation>LAST RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="201" />
        <source>Phiên đang dở: phiếu ghi gần nhất là phiếu số %1, lúc %2 ngày %3 (nội dung ở dải đọc lại bên dưới). Đã nhập %4 phiếu; phiếu tiếp theo là số %5.</source>
        <translation>Session in progress: the last ballot recorded is no. %1, at %2 on %3 (shown in the read-back strip below). %4 ballots recorded; the next is no. %5.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="210" />
        <source>Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2).</source>
        <translation>No officials yet: enter the list on the Officials screen (Ctrl+2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="221" />
        <source>Nhập lại phiếu số %1 đã hủy (Esc: thôi)</source>
        <translation>Re-entering voided ballot no. %1 (Esc: stop)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="226" />
        <source>PHIẾU SỐ %1</source>
        <translation>BALLOT NO. %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="229" />
        <source>Đã nhập %1 / thu về %2</source>
        <translation>Recorded %1 / collected %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="278" />
        <source>Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace / Lên để sửa.</source>
        <translation>Every row is filled: press Enter to record, or Backspace / Up to correct.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="298" />
        <source>Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.</source>
        <translation>Key “%1” is not used here. Use %2, 0 / Space, x.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="306" />
        <source>Đủ %1 dòng: nhấn Enter để ghi phiếu.</source>
        <translation>All %1 rows filled: press Enter to record.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="327" />
        <source>Chưa có người được lấy phiếu trên phiếu này.</source>
        <translation>This ballot has no officials yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="333" />
        <source>Dòng %1 chưa nhập: đã chuyển tới dòng đó.</source>
        <translation>Row %1 is not entered yet: moved there.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="353" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="354" />
        <source>Lý do (chọn hoặc gõ):</source>
        <translation>Reason (choose or type):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="367" />
        <source>Chưa có phiếu nào để hủy.</source>
        <translation>No ballot to void yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="374" />
        <source>Phiếu này đã bị hủy trước đó.</source>
        <translation>This ballot was already voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="378" />
        <source>Hủy phiếu</source>
        <translation>Void ballot</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="379" />
        <source>Hủy phiếu số %1 (ghi lúc %2) để nhập lại?
Phiếu cũ vẫn được lưu, ghi là đã hủy.</source>
        <translation>Void ballot no. %1 (recorded at %2) to re-enter it?
The old ballot stays in the file, marked as voided.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="386" />
        <source>Lý do hủy phiếu</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="386" />
        <source>Lý do hủy:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="386" />
        <source>Nhập sai, nhập lại</source>
        <translation>Entered wrongly, re-entered</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="395" />
        <source>Phiếu số %1 đã hủy. Sửa rồi nhấn Enter để ghi lại với cùng số.</source>
        <translation>Ballot no. %1 voided. Correct it and press Enter to record it with the same number.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="405" />
        <source>Thôi nhập lại: phiếu số %1 đã hủy và chưa được ghi lại.</source>
        <translation>Re-entry stopped: ballot no. %1 is voided and not recorded again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="419" />
        <source>ĐÃ GHI</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="420" />
        <source>Đã ghi phiếu số %1.</source>
        <translation>Ballot no. %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_screen.py" line="445" />
        <source>Phiếu đang nhập dở đã bỏ; phiếu đã hủy vẫn chưa nhập lại.</source>
        <translation>The unfinished ballot was dropped; a voided ballot is still not re-entered.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="90" />
        <source>Xem trước danh sách nhập</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="101" />
        <source>Nguồn: %1
Bảng mã: %2
Số người: %3</source>
        <translation>Source: %1
Encoding: %2
Officials: %3</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="105" />
        <source>&amp;Thay thế danh sách hiện có</source>
        <translation>&amp;Replace the current list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="106" />
        <source>Thêm vào &amp;cuối danh sách</source>
        <translation>&amp;Append to the list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="112" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_import.py" line="113" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="82" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="84" />
        <source>&amp;Mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="85" />
        <source>M&amp;ở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="86" />
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="88" />
        <source>Mở phiên &amp;mẫu</source>
        <translation>Open &amp;sample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="91" />
        <source>&amp;Lưu bản sao…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="92" />
        <source>&amp;In biên bản…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="94" />
        <source>Đó&amp;ng phiên</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="97" />
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="99" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="100" />
        <source>&amp;1 Phiên</source>
        <translation>&amp;1 Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="100" />
        <source>&amp;2 Người được lấy phiếu</source>
        <translation>&amp;2 Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="101" />
        <source>&amp;3 Nhập phiếu</source>
        <translation>&amp;3 Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="101" />
        <source>&amp;4 Kết quả</source>
        <translation>&amp;4 Results</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="107" />
        <source>Phóng &amp;to chữ</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="109" />
        <source>Thu &amp;nhỏ chữ</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="111" />
        <source>Cỡ chữ &amp;mặc định</source>
        <translation>&amp;Default size</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="114" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="115" />
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="124" />
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="125" />
        <source>&amp;Phím tắt nhập phiếu</source>
        <translation>Ballot entry &amp;keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="126" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="136" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="145" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="146" />
        <source>Chưa mở phiên nào</source>
        <translation>No session open</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="163" />
        <source>Kiểm phiếu tín nhiệm — %1</source>
        <translation>Confidence ballot counting — %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="191" />
        <source>Mở phiên</source>
        <translation>Open session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="198" />
        <source>Tạo phiên mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="204" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="205" />
        <source>Chọn thể thức (không đổi được sau khi tạo):</source>
        <translation>Choose the regime (fixed once created):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="226" />
        <source>Không chép được phiên mẫu: %1</source>
        <translation>Could not copy the sample session: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="237" />
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="247" />
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="244" />
        <source>Đã lưu bản sao và kiểm tra: nguyên vẹn.</source>
        <translation>Copy saved and verified: intact.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="245" />
        <source>Đã lưu bản sao nhưng kiểm tra thấy lỗi:
%1</source>
        <translation>Copy saved but verification found:
%1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="258" />
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="259" />
        <source>Chức năng in biên bản chưa có trong bản này.</source>
        <translation>Printing the minutes is not available in this build.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="294" />
        <source>Phím tắt nhập phiếu</source>
        <translation>Ballot entry keys</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="295" />
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
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="312" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="313" />
        <source>Kiểm phiếu tín nhiệm %1
Nhập phiếu, tính kết quả và in biên bản kiểm phiếu, không cần mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi.</source>
        <translation>Confidence ballot counting %1
Enter ballots, compute results and print the counting minutes, offline. Each ballot is on disk as soon as the screen says it is recorded.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="324" />
        <source> · THỬ NGHIỆM</source>
        <translation> · TRIAL</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="327" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/main_window.py" line="332" />
        <source>đã nhập %1 / thu về %2</source>
        <translation>recorded %1 / collected %2</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="41" />
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="92" />
        <source>Biên bản kiểm phiếu</source>
        <translation>Counting minutes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="61" />
        <source>Dấu vân tay: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="66" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="67" />
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="68" />
        <source>&amp;Mở bằng trình xem PDF</source>
        <translation>&amp;Open in PDF viewer</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="69" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="99" />
        <source>Đã gửi {0} trang đến máy in.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="111" />
        <source>Không mở được máy in. Kiểm tra máy in rồi thử lại.</source>
        <translation>Could not open the printer. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="130" />
        <source>Lưu biên bản thành PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="131" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="145" />
        <source>Không lưu được {0}: {1}. Chọn thư mục khác.</source>
        <translation>Could not save {0}: {1}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="150" />
        <source>Đã lưu biên bản: {0}</source>
        <translation>Minutes saved: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="167" />
        <source>Không tạo được tệp tạm: {0}.</source>
        <translation>Could not create a temporary file: {0}.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="171" />
        <source>Đã mở trong trình xem PDF: {0}</source>
        <translation>Opened in the PDF viewer: {0}</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/minutes_dialog.py" line="174" />
        <source>Không tìm thấy chương trình xem PDF. Tệp biên bản ở: {0}</source>
        <translation>No PDF viewer found. The minutes file is at: {0}</translation>
    </message>
</context>
<context>
    <name>OfficialsModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_model.py" line="31" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_model.py" line="31" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_model.py" line="31" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>OfficialsScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="56" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="77" />
        <source>Họ và tên (Insert)</source>
        <translation>Full name (Insert)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="79" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="95" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="97" />
        <source>Xóa (Delete)</source>
        <translation>Remove (Delete)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="98" />
        <source>Lên (Alt+Lên)</source>
        <translation>Up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="99" />
        <source>Xuống (Alt+Xuống)</source>
        <translation>Down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="101" />
        <source>Dán từ Excel/Word (Ctrl+V)</source>
        <translation>Paste from Excel/Word (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="102" />
        <source>Nhập từ tệp CSV/XLSX…</source>
        <translation>Import CSV/XLSX file…</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="107" />
        <source>Nhập đúng thứ tự in trên phiếu. Enter hoặc F2 để sửa ô; Insert để thêm người; Esc để quay lại bảng.</source>
        <translation>Enter in the order printed on the ballot. Enter or F2 edits a cell; Insert adds an official; Esc returns to the table.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="158" />
        <source>Danh sách đã khóa: đã nhập phiếu cho loại phiếu này, nên thứ tự và số người phải giữ nguyên như trên các phiếu đã nhập. Muốn đổi danh sách, hãy tạo phiên mới.</source>
        <translation>The list is locked: ballots of this type are recorded, so the order and number of officials must stay as on those ballots. To change the list, create a new session.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="195" />
        <source>Bộ nhớ tạm không có dòng nào để dán.</source>
        <translation>The clipboard has no rows to paste.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="198" />
        <source>Đã dán %1 người.</source>
        <translation>Pasted %1 officials.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="211" />
        <source>Đã nhập %1 người từ %2 (bảng mã: %3).</source>
        <translation>Imported %1 officials from %2 (encoding: %3).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="220" />
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="221" />
        <source>Bảng tính (*.csv *.xlsx *.txt);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="256" />
        <source>Xóa người được lấy phiếu</source>
        <translation>Remove official</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/officials_screen.py" line="257" />
        <source>Xóa “%1” khỏi danh sách?</source>
        <translation>Remove “%1” from the list?</translation>
    </message>
</context>
<context>
    <name>PaperBallotModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="156" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="156" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="156" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="161" />
        <source>Không hợp lệ
(phím 0 / x)</source>
        <translation>Invalid
(key 0 / x)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="181" />
        <source>Không đánh dấu</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/entry_models.py" line="183" />
        <source>Nhiều dấu</source>
        <translation>Several marks</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/prompts.py" line="24" />
        <source>Không thực hiện được</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ReadbackStrip</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/readback.py" line="55" />
        <source>Chưa có phiếu nào được ghi.</source>
        <translation>No ballot recorded yet.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/readback.py" line="67" />
        <source>%1 — phiếu số %2</source>
        <translation>%1 — ballot no. %2</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/readback.py" line="71" />
        <source>KHÔNG HỢP LỆ TOÀN BỘ</source>
        <translation>WHOLLY INVALID</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/readback.py" line="76" />
        <source>không đánh dấu (không hợp lệ)</source>
        <translation>no mark (invalid)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/readback.py" line="77" />
        <source>nhiều dấu (không hợp lệ)</source>
        <translation>several marks (invalid)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="51" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="51" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="51" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="52" />
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="52" />
        <source>Không
hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="55" />
        <source>Ngưỡng</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_models.py" line="92" />
        <source>Không đánh dấu: %1 · Nhiều dấu: %2 · Cả phiếu không hợp lệ: %3</source>
        <translation>No mark: %1 · Several marks: %2 · Whole ballot invalid: %3</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="44" />
        <source>&amp;Loại phiếu:</source>
        <translation>Ballot &amp;type:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="65" />
        <source>Kiểm tra:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="126" />
        <source>Đủ 2/3 số người được triệu tập có mặt: có</source>
        <translation>2/3 of those summoned present: yes</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="128" />
        <source>Đủ 2/3 số người được triệu tập có mặt: KHÔNG</source>
        <translation>2/3 of those summoned present: NO</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="136" />
        <source>Kiểm tra: không có vấn đề.</source>
        <translation>Checks: no problems.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="137" />
        <source>Kiểm tra: %1 chặn chốt, %2 cảnh báo.</source>
        <translation>Checks: %1 blocking, %2 warnings.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="142" />
        <source>Dấu vân tay: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/results_screen.py" line="155" />
        <source>Phát ra %1 · hỏng/đổi %2 · thu về %3 · đã nhập %4 · hợp lệ %5 · không hợp lệ toàn phiếu %6</source>
        <translation>Issued %1 · spoiled %2 · collected %3 · recorded %4 · valid %5 · wholly invalid %6</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="60" />
        <source>Thể thức</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="71" />
        <source>Tỷ lệ % tính trên:</source>
        <translation>Percentages of:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="73" />
        <source>Hội nghị</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="75" />
        <source>&amp;Tên hội nghị:</source>
        <translation>Meeting &amp;title:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="76" />
        <source>&amp;Cơ quan, tổ chức:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="77" />
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="78" />
        <source>Lấy phiếu đối với:</source>
        <translation>Poll concerning:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="79" />
        <source>Địa &amp;danh:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="80" />
        <source>&amp;Ngày (NNNN-TT-NN):</source>
        <translation>&amp;Date (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="81" />
        <source>&amp;Giờ (GG:PP):</source>
        <translation>Ti&amp;me (HH:MM):</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="82" />
        <source>Địa điể&amp;m:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="84" />
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="86" />
        <source>Số người được triệu tập:</source>
        <translation>Summoned:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="87" />
        <source>Số người có mặt:</source>
        <translation>Present:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="90" />
        <source>Tổng số đại biểu:</source>
        <translation>Total delegates:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="99" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="102" />
        <source>Cả phiếu không hợp lệ</source>
        <translation>Whole ballot invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="104" />
        <source>Chỉ dòng đó không hợp lệ</source>
        <translation>That row only is invalid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="107" />
        <source>Bỏ qua, phiếu vẫn hợp lệ</source>
        <translation>Ignored, the ballot stays valid</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="110" />
        <source>Phiên thử nghiệm (in chữ THỬ NGHIỆM)</source>
        <translation>Trial session (prints TRIAL)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="114" />
        <source>Tên in sẵn bị gạch:</source>
        <translation>Printed name crossed out:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="115" />
        <source>Ghi thêm tên ngoài danh sách:</source>
        <translation>Name written in by hand:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="116" />
        <source>Cảnh báo khi dòng không hợp lệ trên:</source>
        <translation>Warn when invalid rows exceed:</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="153" />
        <source>Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.</source>
        <translation>Condition: at least 2/3 of those summoned are present.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="157" />
        <source>Tỷ lệ % tính trên %1; mức xét: “%2”.</source>
        <translation>Percentages of %1; banded level: “%2”.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="202" />
        <source>“%1” không phải số nguyên không âm.</source>
        <translation>“%1” is not a whole number ≥ 0.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="215" />
        <source>Đủ 2/3: chưa biết (nhập hai số trên).</source>
        <translation>2/3 present: unknown (enter both figures).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="220" />
        <source>Đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>2/3 of those summoned present (%1/%2).</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/session_screen.py" line="225" />
        <source>KHÔNG đủ 2/3 số người được triệu tập có mặt (%1/%2).</source>
        <translation>FEWER than 2/3 of those summoned present (%1/%2).</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="31" />
        <source>Kiểm phiếu tín nhiệm</source>
        <translation>Confidence ballot counting</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="37" />
        <source>Lấy phiếu tín nhiệm (3 mức) và bỏ phiếu tín nhiệm (2 mức) — không cần mạng. Phiên bản %1.</source>
        <translation>Confidence polls (3 levels) and confidence votes (2 levels), offline. Version %1.</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="42" />
        <source>Tạo phiên mới…  (Ctrl+N)</source>
        <translation>New session…  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="43" />
        <source>Mở tệp phiên…  (Ctrl+O)</source>
        <translation>Open session file…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="44" />
        <source>Mở phiên mẫu để thử</source>
        <translation>Open the sample session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/start_page.py" line="52" />
        <source>&amp;Mở gần đây (Enter để mở):</source>
        <translation>&amp;Recent (Enter opens):</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="30" />
        <source>1 · Phiên</source>
        <translation>1 · Session</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="31" />
        <source>2 · Người được lấy phiếu</source>
        <translation>2 · Officials</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="32" />
        <source>3 · Nhập phiếu</source>
        <translation>3 · Ballot entry</translation>
    </message>
    <message>
        <location filename="../../tinnhiem_desktop/ui/workspace.py" line="33" />
        <source>4 · Kết quả</source>
        <translation>4 · Results</translation>
    </message>
</context>
</TS>