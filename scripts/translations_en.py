"""English for the window's Vietnamese source strings (used by update_translations.py)."""

EN = {
    # The marker ui/i18n.ui_language reads: the English translation says "en".
    "vi": "en",
    "Số": "No.",
    "Lúc ghi": "Recorded at",
    "Trạng thái": "Status",
    "Phiếu": "Ballot",
    "ĐÃ HỦY": "VOIDED",
    "Có hiệu lực": "Active",
    "Không hợp lệ toàn bộ: %1": "Wholly invalid: %1",
    " — hủy lúc %1: %2": " — voided at %1: %2",
    "Loại phiếu và số phiếu (sửa trực tiếp trong bảng)":
        "Ballot types and accounting (edit in the table)",
    "Thêm loại phiếu…": "Add ballot type…",
    "Thêm loại phiếu": "Add ballot type",
    "Tên loại phiếu:": "Ballot type name:",
    "Loại phiếu": "Ballot type",
    "Phát ra": "Issued",
    "Hỏng / đổi": "Spoiled / exchanged",
    "Thu về": "Collected",
    "Đã nhập": "Recorded",
    "“%1” không phải số nguyên không âm.": "“%1” is not a whole number ≥ 0.",
    "Loại": "Kind",
    "Nội dung": "Message",
    "CHẶN chốt": "BLOCKS finalising",
    "Cảnh báo": "Warning",
    "Ban kiểm phiếu": "Counting committee",
    "Thêm": "Add",
    "Xóa (Delete)": "Remove (Delete)",
    "Lên (Alt+Lên)": "Up (Alt+Up)",
    "Xuống (Alt+Xuống)": "Down (Alt+Down)",
    "Trưởng ban": "Chair",
    "Ủy viên": "Member",
    "Thư ký": "Secretary",
    "Phó Trưởng ban": "Deputy Chair",
    "Họ và tên": "Full name",
    "Vai trò": "Role",
    "&Loại phiếu:": "Ballot &type:",
    "Các phiếu đã ghi (F6; Delete = hủy và nhập lại):":
        "Recorded ballots (F6; Delete = void and re-enter):",
    "1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: "
    "lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · "
    "Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu":
        "1 2 3: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back "
        "one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · "
        "Ctrl+Z: void the last ballot to re-enter it · F6: ballot list",
    "Cả phiếu không hợp lệ…": "Whole ballot invalid…",
    "Hủy phiếu vừa ghi để nhập lại…": "Void the last ballot to re-enter it…",
    "Chuyển giữa phiếu và danh sách": "Switch between ballot and list",
    "PHIẾU GHI GẦN NHẤT": "LAST RECORDED",
    "Phiên đang dở: phiếu ghi gần nhất là số %1, lúc %2 ngày %3 (ở dải đọc lại). Phiếu tiếp "
    "theo là số %4.":
        "Session in progress: the last ballot recorded is no. %1, at %2 on %3 (in the "
        "read-back strip). The next is no. %4.",
    "Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2).":
        "No officials yet: enter the list on the Officials screen (Ctrl+2).",
    "Nhập lại phiếu số %1 đã hủy (Esc: thôi)": "Re-entering voided ballot no. %1 (Esc: stop)",
    "PHIẾU SỐ %1": "BALLOT NO. %1",
    "Đã nhập %1 / thu về %2": "Recorded %1 / collected %2",
    "Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace / Lên để sửa.":
        "Every row is filled: press Enter to record, or Backspace / Up to correct.",
    "Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.":
        "Key “%1” is not used here. Use %2, 0 / Space, x.",
    "Đủ %1 dòng: nhấn Enter để ghi phiếu.": "All %1 rows filled: press Enter to record.",
    "Chưa có người được lấy phiếu trên phiếu này.": "This ballot has no officials yet.",
    "Dòng %1 chưa nhập: đã chuyển tới dòng đó.": "Row %1 is not entered yet: moved there.",
    "Cả phiếu không hợp lệ": "Whole ballot invalid",
    "Lý do (chọn hoặc gõ):": "Reason (choose or type):",
    "Chưa có phiếu nào để hủy.": "No ballot to void yet.",
    "Phiếu này đã bị hủy trước đó.": "This ballot was already voided.",
    "Hủy phiếu": "Void ballot",
    "Hủy phiếu số %1 (ghi lúc %2: %3) để nhập lại?\nPhiếu cũ vẫn được lưu, ghi là đã hủy.":
        "Void ballot no. %1 (recorded at %2: %3) to re-enter it?\n"
        "The old ballot stays in the file, marked as voided.",
    "Lý do hủy phiếu": "Reason for voiding",
    "Lý do hủy:": "Reason:",
    "Nhập sai, nhập lại": "Entered wrongly, re-entered",
    "Phiếu số %1 đã hủy. Sửa rồi nhấn Enter để ghi lại với cùng số.":
        "Ballot no. %1 voided. Correct it and press Enter to record it with the same number.",
    "Thôi nhập lại: phiếu số %1 đã hủy và chưa được ghi lại.":
        "Re-entry stopped: ballot no. %1 is voided and not recorded again.",
    "ĐÃ GHI": "RECORDED",
    "Đã ghi phiếu số %1.": "Ballot no. %1 recorded.",
    "Phiếu đang nhập dở đã bỏ; phiếu đã hủy vẫn chưa nhập lại.":
        "The unfinished ballot was dropped; a voided ballot is still not re-entered.",
    "Xem trước danh sách nhập": "Import preview",
    "&Thay thế danh sách hiện có": "&Replace the current list",
    "Thêm vào &cuối danh sách": "&Append to the list",
    "Nhập": "Import",
    "Hủy bỏ": "Cancel",
    "&Tệp": "&File",
    "&Mới…": "&New…",
    "M&ở…": "&Open…",
    "Mở &gần đây": "Open &recent",
    "Mở phiên mẫ&u": "Open s&ample session",
    "&Lưu bản sao…": "&Save a copy…",
    "&In biên bản…": "&Print minutes…",
    "Đó&ng phiên": "&Close session",
    "&Thoát": "&Quit",
    "&Xem": "&View",
    "&1 Phiên": "&1 Session",
    "&2 Người được lấy phiếu": "&2 Officials",
    "&3 Nhập phiếu": "&3 Ballot entry",
    "&4 Kết quả": "&4 Results",
    "Phóng &to chữ": "Zoom &in",
    "Thu &nhỏ chữ": "Zoom &out",
    "Cỡ chữ &mặc định": "&Default size",
    "&Cài đặt": "&Settings",
    "&Ngôn ngữ": "&Language",
    "T&rợ giúp": "&Help",
    "&Phím tắt nhập phiếu": "Ballot entry &keys",
    "&Giới thiệu": "&About",
    "(chưa có)": "(none yet)",
    "Kiểm phiếu tín nhiệm": "Confidence ballot counting",
    "Đang mở tệp phiên %1…": "Opening the session file %1…",
    "Chưa mở phiên nào": "No session open",
    "Kiểm phiếu tín nhiệm — %1": "Confidence ballot counting — %1",
    "Mở phiên": "Open session",
    "Tạo phiên mới": "New session",
    "Thể thức": "Regime",
    "Chọn thể thức (không đổi được sau khi tạo):": "Choose the regime (fixed once created):",
    "Không chép được phiên mẫu: %1": "Could not copy the sample session: %1",
    "Lưu bản sao": "Save a copy",
    "Đã lưu bản sao nhưng kiểm tra thấy lỗi:\n%1": "Copy saved but verification found:\n%1",
    "In biên bản": "Print minutes",
    "Bản cài đặt bị hỏng: không nạp được %1 (%2). Hãy cài đặt lại phần mềm.":
        "This installation is broken: %1 could not be loaded (%2). Please reinstall the app.",
    "thư viện xem trước biên bản": "the minutes preview library",
    "Phím tắt nhập phiếu": "Ballot entry keys",
    "Trên lá phiếu": "On the paper ballot",
    "đánh dấu mức ở dòng hiện tại và xuống dòng (bỏ phiếu tín nhiệm: 1, 2)":
        "mark the level of the current row and move down (confidence vote: 1, 2)",
    "0 hoặc Cách": "0 or Space",
    "không đánh dấu (dòng không hợp lệ) và xuống dòng": "no mark (row invalid) and move down",
    "đánh nhiều dấu (dòng không hợp lệ) và xuống dòng":
        "several marks (row invalid) and move down",
    "lùi một dòng và xóa dòng đó": "back one row and clear it",
    "Lên / Xuống": "Up / Down",
    "chuyển dòng để sửa": "move between rows to correct one",
    "ghi phiếu khi mọi dòng đã nhập (chưa đủ: tới dòng còn trống)":
        "record the ballot once every row is filled (if not: go to the empty row)",
    "cả phiếu không hợp lệ (chọn hoặc gõ lý do)": "whole ballot invalid (choose or type a reason)",
    "để riêng phiếu đang nhập chờ Ban kiểm phiếu quyết định (gõ ghi chú, Enter; Esc: thôi)":
        "set the ballot in hand aside for the committee to decide (type a note, Enter; Esc: "
        "cancel)",
    "hủy phiếu vừa ghi (hỏi trước) và nhập lại với cùng số":
        "void the ballot just recorded (asks first) and enter it again with the same number",
    "khi đang nhập lại phiếu đã hủy: thôi nhập lại (phiếu vẫn là đã hủy)":
        "while re-entering a voided ballot: give up re-entering (the ballot stays voided)",
    "sang danh sách phiếu đã ghi": "go to the list of recorded ballots",
    "Trong danh sách phiếu (F6)": "In the ballot list (F6)",
    "phiếu trước / sau (danh sách mở ra ở phiếu ghi gần nhất)":
        "previous / next ballot (the list opens on the most recent ballot)",
    "lên / xuống một trang": "up / down one page",
    "phiếu đầu tiên / ghi gần nhất": "first / most recent ballot",
    "Gõ số phiếu": "Type a ballot number",
    "tới phiếu mang số đó (gõ liền các chữ số)": "go to that ballot (type the digits together)",
    "hủy phiếu đang chọn và nhập lại (hỏi trước, nêu số, giờ ghi và các dấu)":
        "void the selected ballot and enter it again (asks first, naming its number, time and "
        "marks)",
    "Esc hoặc F6": "Esc or F6",
    "trở về lá phiếu": "back to the paper ballot",
    "như trên lá phiếu": "as on the paper ballot",
    "mở / đóng màn hình chiếu cho cả phòng": "open / close the projector view for the room",
    "Cửa sổ": "Window",
    "chuyển giữa bốn màn hình (như menu Xem)": "switch between the four screens (as the View menu)",
    "chữ lớn hơn / nhỏ hơn / cỡ mặc định": "larger / smaller / default text size",
    "bảng phím này": "this list of keys",
    "Giới thiệu": "About",
    "Kiểm phiếu tín nhiệm %1\nNhập phiếu, tính kết quả và in biên bản kiểm phiếu, không cần "
    "mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi.":
        "Confidence ballot counting %1\nEnter ballots, compute results and print the counting "
        "minutes, offline. Each ballot is on disk as soon as the screen says it is recorded.",
    " · THỬ NGHIỆM": " · TRIAL",
    "Dấu vân tay: %1": "Fingerprint: %1",
    "&Kiểm tra tệp và dấu vân tay…": "&Check the file and its fingerprint…",
    "Kiểm tra tệp và dấu vân tay": "Check the file and its fingerprint",
    "Dấu vân tay in trên biên bản (để trống nếu chỉ kiểm tra tệp):":
        "Fingerprint printed on the minutes (leave empty to check the file only):",
    "Tệp KHÔNG nguyên vẹn:": "The file is NOT intact:",
    "Dấu vân tay lúc chốt kết quả: %1": "Fingerprint at finalising: %1",
    "Dấu vân tay mong đợi: %1": "Expected fingerprint: %1",
    "đã nhập %1 / thu về %2": "recorded %1 / collected %2",
    "TT": "No.",
    "Chức vụ": "Position",
    "Dán từ Excel/Word (Ctrl+V)": "Paste from Excel/Word (Ctrl+V)",
    "Nhập từ tệp CSV/XLSX…": "Import CSV/XLSX file…",
    "Nhập đúng thứ tự in trên phiếu. Enter hoặc F2 để sửa ô; Insert để thêm người; "
    "Esc để quay lại bảng.":
        "Enter in the order printed on the ballot. Enter or F2 edits a cell; Insert adds an "
        "official; Esc returns to the table.",
    "Danh sách đã khóa: đã nhập phiếu cho loại phiếu này, nên thứ tự và số người phải giữ "
    "nguyên như trên các phiếu đã nhập. Muốn đổi danh sách, hãy tạo phiên mới.":
        "The list is locked: ballots of this type are recorded, so the order and number of "
        "officials must stay as on those ballots. To change the list, create a new session.",
    "Bộ nhớ tạm không có dòng nào để dán.": "The clipboard has no rows to paste.",
    "Nhập danh sách": "Import list",
    "Bảng tính (*.csv *.xlsx *.txt);;Mọi tệp (*)":
        "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)",
    "Xóa người được lấy phiếu": "Remove official",
    "Xóa “%1” khỏi danh sách?": "Remove “%1” from the list?",
    "Không hợp lệ\n(phím 0 / x)": "Invalid\n(key 0 / x)",
    "Không đánh dấu": "No mark",
    "Nhiều dấu": "Several marks",
    "Không thực hiện được": "Not done",
    "Chưa có phiếu nào được ghi.": "No ballot recorded yet.",
    "%1 — phiếu số %2": "%1 — ballot no. %2",
    "KHÔNG HỢP LỆ TOÀN BỘ": "WHOLLY INVALID",
    "không đánh dấu (không hợp lệ)": "no mark (invalid)",
    "nhiều dấu (không hợp lệ)": "several marks (invalid)",
    "Hợp lệ": "Valid",
    "Không\nhợp lệ": "Invalid",
    "Ngưỡng": "Band",
    "Không đánh dấu: %1 · Nhiều dấu: %2 · Cả phiếu không hợp lệ: %3":
        "No mark: %1 · Several marks: %2 · Whole ballot invalid: %3",
    "Kiểm tra:": "Checks:",
    "Đủ 2/3 số người được triệu tập có mặt: có": "2/3 of those summoned present: yes",
    "Đủ 2/3 số người được triệu tập có mặt: KHÔNG — kết quả không có giá trị để quyết định, "
    "không chốt được": "2/3 of those summoned present: NO — the results are not valid for a "
    "decision and cannot be finalised",
    "Kiểm tra: không có vấn đề.": "Checks: no problems.",
    "Phát ra %1 · hỏng/đổi %2 · thu về %3 · đã nhập %4 · hợp lệ %5 · không hợp lệ toàn phiếu %6":
        "Issued %1 · spoiled %2 · collected %3 · recorded %4 · valid %5 · wholly invalid %6",
    "Tỷ lệ % tính trên:": "Percentages of:",
    "Hội nghị": "Meeting",
    "&Tên hội nghị:": "Meeting &title:",
    "&Cơ quan, tổ chức:": "&Body:",
    "Cơ quan &cấp trên:": "&Parent body:",
    "Lấy phiếu đối với:": "Poll concerning:",
    "Địa &danh:": "&City:",
    "&Giờ (GG:PP):": "Ti&me (HH:MM):",
    "Địa điể&m:": "P&lace:",
    "Thành phần": "Attendance",
    "Số người được triệu tập:": "Summoned:",
    "Số người có mặt:": "Present:",
    "Tổng số đại biểu:": "Total delegates:",
    "Cài đặt": "Settings",
    "Chỉ dòng đó không hợp lệ": "That row only is invalid",
    "Bỏ qua, phiếu vẫn hợp lệ": "Ignored, the ballot stays valid",
    "Phiên thử nghiệm (in chữ THỬ NGHIỆM)": "Trial session (prints TRIAL)",
    "Tên in sẵn bị gạch:": "Printed name crossed out:",
    "Ghi thêm tên ngoài danh sách:": "Name written in by hand:",
    "Cảnh báo khi dòng không hợp lệ trên:": "Warn when invalid rows exceed:",
    "Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.":
        "Condition: at least 2/3 of those summoned are present.",
    "Tỷ lệ % tính trên %1; mức xét: “%2”.": "Percentages of %1; banded level: “%2”.",
    "Đủ 2/3: chưa biết (nhập hai số trên).": "2/3 present: unknown (enter both figures).",
    "Đủ 2/3 số người được triệu tập có mặt (%1/%2).": "2/3 of those summoned present (%1/%2).",
    "KHÔNG đủ 2/3 số người được triệu tập có mặt (%1/%2).":
        "FEWER than 2/3 of those summoned present (%1/%2).",
    "Lấy phiếu tín nhiệm (3 mức) và bỏ phiếu tín nhiệm (2 mức) — không cần mạng. Phiên bản %1.":
        "Confidence polls (3 levels) and confidence votes (2 levels), offline. Version %1.",
    "Tạo phiên mới…  (Ctrl+N)": "New session…  (Ctrl+N)",
    "Mở tệp phiên…  (Ctrl+O)": "Open session file…  (Ctrl+O)",
    "Mở phiên mẫu để thử": "Open the sample session",
    "&Mở gần đây (Enter để mở):": "&Recent (Enter opens):",
    "1 · Phiên": "1 · Session",
    "2 · Người được lấy phiếu": "2 · Officials",
    "3 · Nhập phiếu": "3 · Ballot entry",
    "4 · Kết quả": "4 · Results",
    "Căn cứ": "Legal basis",
    "phím": "key",
    # The minutes dialog (ui/dialogs/minutes_dialog.py).
    "Biên bản kiểm phiếu": "Counting minutes",
    "Dấu vân tay: {0}": "Fingerprint: {0}",
    "&In…": "&Print…",
    "&Lưu thành PDF…": "&Save as PDF…",
    "&Mở bằng trình xem PDF": "&Open in PDF viewer",
    "Đó&ng": "&Close",
    "Không mở được máy in. Kiểm tra máy in rồi thử lại.":
        "Could not open the printer. Check it and try again.",
    "Lưu biên bản thành PDF": "Save the minutes as PDF",
    "Tệp PDF (*.pdf)": "PDF files (*.pdf)",
    "Không lưu được biên bản.": "Could not save the minutes.",
    "Đã lưu biên bản: {0}": "Minutes saved: {0}",
    "Không tạo được tệp tạm: {0}.": "Could not create a temporary file: {0}.",
    "Đã mở trong trình xem PDF: {0}": "Opened in the PDF viewer: {0}",
    "Không tìm thấy chương trình xem PDF. Tệp biên bản ở: {0}":
        "No PDF viewer found. The minutes file is at: {0}",
    # Finalising, addenda, view-only files and rolling copies.
    "&Kết quả": "&Results",
    "&Chốt kết quả…": "&Finalise results…",
    "&Thêm đính chính…": "&Add addendum…",
    "Mở thư mục &sao lưu": "Open &backup folder",
    "Chốt kết quả": "Finalise results",
    "Chốt kết quả…": "Finalise results…",
    "Thêm đính chính": "Add addendum",
    "Thêm đính chính…": "Add addendum…",
    "Đính chính:": "Addenda:",
    "Người lập": "Recorded by",
    "Lúc": "At",
    "Đính chính số %1. %2\nKết quả đã chốt không bị sửa: đính chính được ghi thêm vào nhật ký "
    "của tệp, hiện ở màn hình Kết quả và in trong biên bản. Ghi xong không xóa được.":
        "Addendum no. %1. %2\nThe finalised results are not changed: the addendum is appended "
        "to the file's log, shown on the Results screen and printed with the minutes. Once "
        "recorded it cannot be deleted.",
    "Người &lập:": "Recorded &by:",
    "Ghi đính chính": "Record addendum",
    "Hủy": "Cancel",
    "Đóng": "Close",
    "Giải trình khi chốt": "Explanation at finalising",
    "Đã chấp nhận": "Accepted",
    "Đã chốt kết quả lúc %1; người chốt: %2.": "Results finalised at %1 by %2.",
    "Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư mục có "
    "quyền ghi rồi mở lại.":
        "The file is open view-only: nothing can be written to it. Copy it to a folder you "
        "can write to and open it again.",
    "%1\nDấu vân tay lúc chốt (in trên biên bản):\n%2\n\nTừ nay phiên chỉ ghi thêm được đính "
    "chính (Kết quả → Thêm đính chính…).":
        "%1\nFingerprint at finalising (printed on the minutes):\n%2\n\nFrom now on only "
        "addenda can be recorded (Results → Add addendum…).",
    "Phiên chưa chốt kết quả: sửa trực tiếp, không cần đính chính.":
        "The results are not finalised: correct them directly, no addendum is needed.",
    "ĐÃ CHỐT KẾT QUẢ lúc %1 (người chốt: %2): không nhập, không hủy phiếu được nữa. Mọi sửa "
    "chữa ghi thành đính chính (Kết quả → Thêm đính chính…).":
        "RESULTS FINALISED at %1 (by %2): ballots can no longer be entered or voided. Any "
        "correction is recorded as an addendum (Results → Add addendum…).",
    "CHỈ XEM: tệp mở ở chế độ chỉ xem, không nhập phiếu được.":
        "VIEW ONLY: the file is open view-only; ballots cannot be entered.",
    "Phiên đã chốt kết quả: không nhập, không hủy phiếu được. Sửa chữa ghi thành đính chính "
    "(Kết quả → Thêm đính chính…).":
        "The results are finalised: ballots cannot be entered or voided. Corrections are "
        "recorded as addenda (Results → Add addendum…).",
    "Tệp mở ở chế độ chỉ xem: không nhập, không hủy phiếu được.":
        "The file is open view-only: ballots cannot be entered or voided.",
    "ĐÃ CHỐT": "FINALISED",
    "CHỈ XEM": "VIEW ONLY",
    "Tôi hiểu: sau khi chốt không sửa được gì, chỉ ghi được đính chính.":
        "I understand: once finalised nothing can be changed; only addenda can be recorded.",
    "&Người chốt:": "Finalised &by:",
    "Dấu vân tay hiện tại: %1": "Current fingerprint: %1",
    "CHƯA THỂ CHỐT KẾT QUẢ. Các điểm sau phải được sửa trước:":
        "THE RESULTS CANNOT BE FINALISED YET. Fix these first:",
    "Sửa số phiếu ở màn hình Phiên (Ctrl+1) hoặc nhập đủ phiếu ở màn hình Nhập phiếu (Ctrl+3), "
    "rồi chốt lại.":
        "Correct the ballot counts on the Session screen (Ctrl+1) or enter the remaining "
        "ballots on the Ballot entry screen (Ctrl+3), then finalise again.",
    "Sau khi chốt, phiên không thể thay đổi: không nhập thêm, không hủy phiếu, không sửa danh "
    "sách, số phiếu hay thông tin phiên. Mọi sửa chữa về sau chỉ ghi được thành đính chính có "
    "đánh số, in kèm biên bản. Dấu vân tay lúc chốt được in trên biên bản.":
        "Once finalised, the session cannot change: no more ballots, no voiding, no changes "
        "to the lists, counts or session details. Any later correction can only be recorded "
        "as a numbered addendum, printed with the minutes. The fingerprint at finalising is "
        "printed on the minutes.",
    "Các cảnh báo sau cần được Ban kiểm phiếu chấp nhận, với giải trình (in trong biên bản):":
        "The counting committee must accept these warnings, with an explanation (printed in "
        "the minutes):",
    "Không có cảnh báo nào.": "No warnings.",
    "Đã lưu bản sao và kiểm tra: nguyên vẹn (%1 mục nhật ký).":
        "Copy saved and verified: intact (%1 log entries).",
    "Dấu vân tay của bản sao: %1": "Fingerprint of the copy: %1",
    "Thư mục sao lưu": "Backup folder",
    "Bản sao lưu tự động được tạo sau mỗi %1 phiếu trong thư mục:\n%2\n%3":
        "An automatic backup is made every %1 ballots in the folder:\n%2\n%3",
    "Thư mục này chưa có (chưa đến lượt sao lưu nào).":
        "This folder does not exist yet (no backup has been due).",
    "Danh sách đã khóa: phiên đã chốt kết quả. Mọi sửa chữa ghi thành đính chính.":
        "The list is locked: the results are finalised. Any correction is recorded as an "
        "addendum.",
    "Danh sách chỉ xem: tệp mở ở chế độ chỉ xem.": "View-only list: the file is open view-only.",
    "CHỈ XEM: tệp mở ở chế độ chỉ xem (tệp hoặc thư mục chỉ cho phép đọc). Kết quả chưa chốt. "
    "Xem kết quả và in biên bản được; không nhập hay sửa được gì.":
        "VIEW ONLY: the file is open view-only (the file or its folder is read-only). The "
        "results are not finalised. You can view the results and print the minutes; nothing "
        "can be entered or changed.",
    "Không thay đổi được nữa; mọi sửa chữa ghi thành đính chính.":
        "Nothing can change any more; any correction is recorded as an addendum.",
    "Tệp mở ở chế độ chỉ xem.": "The file is open view-only.",
    "ĐÃ CHỐT KẾT QUẢ lúc %1 — người chốt: %2. %3": "RESULTS FINALISED at %1 by %2. %3",
    "Dấu vân tay lúc chốt: %1": "Fingerprint at finalising: %1",
    "Dấu vân tay: %1 (lúc chốt)": "Fingerprint: %1 (at finalising)",
    "Mở tệp ở chế độ chỉ xem? Xem kết quả và in biên bản được; không nhập phiếu, không sửa "
    "được gì.":
        "Open the file view-only? You can view the results and print the minutes; no ballots "
        "can be entered and nothing can be changed.",
    "Mở ở chế độ chỉ xem": "Open view-only",
    "Sao lưu tự động: mỗi %1 phiếu một bản, giữ %2 bản mới nhất, trong thư mục %3 (Tệp → Mở "
    "thư mục sao lưu).":
        "Automatic backups: one every %1 ballots, the newest %2 kept, in the folder %3 "
        "(File → Open backup folder).",
    "Sao lưu tự động: không (tệp mở ở chế độ chỉ xem).":
        "Automatic backups: off (the file is open view-only).",
    "Sao lưu tự động: không.": "Automatic backups: off.",
    "ĐÃ CHỐT %1 · %2": "FINALISED %1 · %2",
    " · CHỈ XEM": " · VIEW ONLY",
    " · hiện tại: %1": " · current: %1",
    "⚠ %1 Các phiếu vẫn được ghi bình thường.": "⚠ %1 Ballots are still recorded as usual.",
    "Đã sao lưu tự động: %1": "Automatic backup made: %1",
    "Đang kiểm tra tệp: %1 / %2 mục nhật ký (%3 %) — chưa nhập được":
        "Checking the file: %1 / %2 log entries (%3 %) — no entry yet",
    "Đang kiểm tra tệp: %1 % — chưa nhập được": "Checking the file: %1 % — no entry yet",
    "Đang kiểm tra tệp: %1 %": "Checking the file: %1 %",
    "Kiểm tra: %1 %": "Checking: %1 %",
    # Exports and blank ballots (ui/flows/exports.py).
    "&Xuất kết quả…": "&Export results…",
    "&In mẫu phiếu trắng…": "Print &blank ballots…",
    "Xuất kết quả…": "Export results…",
    "Xuất kết quả": "Export results",
    "Bảng tính Excel (*.xlsx)": "Excel workbook (*.xlsx)",
    "Tệp CSV (*.csv)": "CSV file (*.csv)",
    "Tệp JSON (*.json)": "JSON file (*.json)",
    "Đã xuất kết quả (%1) ra:\n%2": "Results exported (%1) to:\n%2",
    "Lưu ý: kết quả chưa chốt.": "Note: the results are not finalised.",
    "In mẫu phiếu trắng": "Print blank ballots",
    "In mẫu phiếu trắng…": "Print blank ballots…",
    "Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu (Ctrl+2) rồi "
    "in mẫu phiếu.":
        "No officials yet: enter the list on the Officials screen (Ctrl+2), then print the "
        "ballots.",
    "Đã lưu mẫu phiếu trắng vào:\n%1": "Blank ballots saved to:\n%1",
    "Chưa có danh sách nên không in: %1": "Not printed, as they have no officials yet: %1",
    "Mở tệp bằng trình xem PDF?": "Open the file in the PDF viewer?",
    "Không tìm thấy chương trình xem PDF. Tệp mẫu phiếu ở:\n%1":
        "No PDF viewer found. The ballot file is at:\n%1",
    # The set-up forms by keyboard (issue 11)
    "%1: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · Backspace: "
    "lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · F8: cả phiếu không hợp lệ · "
    "Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu · F9: để riêng chờ Ban kiểm "
    "phiếu":
        "%1: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back "
        "one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · "
        "Ctrl+Z: void the last ballot to re-enter it · F6: ballot list · F9: set aside for the "
        "committee",
    "&Họ và tên (Insert):": "Full &name (Insert):",
    "C&hức vụ:": "&Position:",
    "Thêm (Enter)": "Add (Enter)",
    "&Họ và tên:": "Full &name:",
    "&Vai trò:": "&Role:",
    "Ban kiểm phiếu đã có Trưởng ban: %1. Nhấn Enter lần nữa nếu thật sự thêm một Trưởng ban "
    "nữa, hoặc chọn vai trò khác.":
        "The counting committee already has a chair: %1. Press Enter again if there really is "
        "a second chair, or choose another role.",
    "Gõ số thẳng vào ô (không cần F2), Enter để lưu.":
        "Type a figure straight into its cell (no F2 needed); Enter saves it.",
    "Bỏ phiếu tín nhiệm đối với:": "Confidence vote concerning:",
    "&Ngày (dd/mm/yyyy):": "&Date (dd/mm/yyyy):",
    "Nguồn: %1": "Source: %1",
    "Bảng mã: %1": "Encoding: %1",
    "Số người: %1": "Officials: %1",
    "Đã bỏ dòng tiêu đề: %1": "Heading row left out: %1",
    "Đã bỏ cột số thứ tự.": "Column of row numbers left out.",
    "dán từ Excel/Word (bộ nhớ tạm)": "pasted from Excel/Word (clipboard)",
    # A confidence vote's words (bỏ phiếu): English has one word for both kinds.
    "&2 Người được bỏ phiếu tín nhiệm": "&2 Officials",
    "2 · Người được bỏ phiếu tín nhiệm": "2 · Officials",
    "Xóa người được bỏ phiếu tín nhiệm": "Remove official",
    # Counts: English singular and plural (tr(text, "", n); Vietnamese has one form)
    "Đã dán %n người.": ("Pasted %n official.", "Pasted %n officials."),
    "Đã nhập %n người từ %1 (bảng mã: %2).": ("Imported %n official from %1 (encoding: %2).",
                                               "Imported %n officials from %1 (encoding: %2)."),
    "Kiểm tra: %1, %2.": "Checks: %1, %2.",
    "%n chặn chốt": ("%n blocking", "%n blocking"),
    "%n cảnh báo": ("%n warning", "%n warnings"),
    "%1: đã nhập %n phiếu / thu về %2.": ("%1: %n ballot recorded / %2 collected.",
                                          "%1: %n ballots recorded / %2 collected."),
    "Dấu vân tay hiện tại (sau %n đính chính): %1": (
        "Current fingerprint (after %n addendum): %1",
        "Current fingerprint (after %n addenda): %1"),
    "Đã gửi %n trang đến máy in.": ("Sent %n page to the printer.",
                                    "Sent %n pages to the printer."),
    "Tệp nguyên vẹn (%n mục nhật ký).": ("The file is intact (%n log entry).",
                                          "The file is intact (%n log entries)."),
    "Giải trình (bắt buộc):": "Explanation (required):",
    "&Nội dung (tối đa 500 ký tự):": "&Text (at most 500 characters):",
    "Chưa có người được bỏ phiếu tín nhiệm: nhập danh sách ở màn hình Người được bỏ phiếu tín "
    "nhiệm (Ctrl+2) rồi in mẫu phiếu.":
        "No officials yet: enter the list on the Officials screen (Ctrl+2), then print the "
        "ballots.",
    # The entry screen: the read-back strip's states.
    "phiếu số %1 đã hủy — đang nhập lại": "ballot no. %1 voided — being re-entered",
    "phiếu số %1 đã hủy, chưa nhập lại": "ballot no. %1 voided, not yet re-entered",
    "KHÔNG HỢP LỆ TOÀN BỘ: %1": "WHOLLY INVALID: %1",
    # The entry screen: a full stack, and leaving with a ballot half typed.
    "Chưa nhập số phiếu thu về": "No collected count yet",
    "Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về ở màn hình Phiên (Ctrl+1) "
    "trước khi nhập phiếu.":
        "No collected count yet: enter the issued and collected counts on the Session screen "
        "(Ctrl+1) before entering ballots.",
    "Đã nhập đủ %1/%2 phiếu thu về": "All %1/%2 collected ballots entered",
    "Đã nhập đủ %1/%2 phiếu thu về: không nhập thêm được. Nếu đếm lại thấy nhiều phiếu hơn, sửa "
    "số phiếu thu về ở màn hình Phiên (Ctrl+1).":
        "All %1/%2 collected ballots are entered: no more can be entered. If a recount finds "
        "more ballots, correct the collected count on the Session screen (Ctrl+1).",
    "Phiếu đang nhập dở": "Ballot half entered",
    "Phiếu số %1 đã hủy và đang được nhập lại, chưa ghi.":
        "Ballot no. %1 was voided and is being entered again; it is not recorded.",
    "Phiếu số %1 đang nhập dở (%2/%3 dòng), chưa ghi.":
        "Ballot no. %1 is half entered (%2/%3 rows); it is not recorded.",
    "Vẫn đóng? Phiếu này sẽ không được ghi; phải nhập lại khi mở lại phiên.":
        "Close anyway? This ballot will not be recorded; enter it again when the session is "
        "reopened.",
    # --- the committee's decisions (issue 12): set aside (F9), decided, spot-checks
    "Phiên đã chốt kết quả: không ghi thêm quyết định được. Mọi sửa chữa ghi thành đính chính "
    "(Kết quả → Thêm đính chính…).":
        "The session is finalised: no more decisions can be recorded. Any correction is an "
        "addendum (Results → Add addendum…).",
    "Chưa nhập phiếu nào: chưa có gì để Ban kiểm phiếu quyết định hay đối chiếu.":
        "No ballot recorded yet: nothing for the committee to decide or compare.",
    "Phiếu chờ quyết định": "Ballots awaiting a decision",
    "Không có phiếu nào chờ Ban kiểm phiếu quyết định. Khi nhập phiếu, nhấn F9 để để riêng một "
    "phiếu cần Ban kiểm phiếu xem xét.":
        "No ballot is waiting for the committee's decision. During entry, press F9 to set aside "
        "a ballot the committee must look at.",
    "Số phiếu": "Ballot no.",
    "Bản ghi (các dấu)": "Record (marks)",
    "Đối chiếu": "Comparison",
    "chưa đối chiếu": "not compared yet",
    "khớp": "matches",
    "khác: %1": "differs: %1",
    "(không còn phiếu có hiệu lực số này)": "(no active ballot with this number)",
    "Để riêng phiếu chờ Ban kiểm phiếu…": "Set the ballot aside for the committee…",
    "để riêng: %1": "set aside: %1",
    "Để riêng phiếu số %1": "Set ballot %1 aside",
    "Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định.\nGhi chú ngắn (ví dụ: dấu không rõ ở "
    "dòng 3), Enter để ghi, Esc để thôi:":
        "Ballot %1 is set aside for the counting committee's decision.\nA short note (e.g. "
        "unclear mark on row 3), Enter to record, Esc to cancel:",
    "Không để riêng phiếu nào.": "No ballot set aside.",
    "Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định (Kết quả → Phiếu chờ quyết định…).":
        "Ballot %1 set aside for the committee's decision (Results → Ballots awaiting a "
        "decision…).",
    "Cần làm:": "To do:",
    "Theo Quy định 96-QĐ/TW, hội nghị chỉ được tiến hành khi có ít nhất 2/3 số người được triệu "
    "tập có mặt: kết quả này không có giá trị để quyết định và không chốt được. Nếu số người có "
    "mặt hay được triệu tập nhập sai, sửa ở màn hình Phiên (Ctrl+1); nếu đúng, báo cấp có thẩm "
    "quyền để tổ chức lại.":
        "Under Regulation 96-QĐ/TW the meeting may only be held when at least 2/3 of those "
        "summoned are present: these results are not valid for a decision and cannot be "
        "finalised. If the numbers present or summoned were typed wrong, correct them on the "
        "Session screen (Ctrl+1); if they are right, tell the competent body so that it can be "
        "held again.",
    "Tổng số đại biểu không thể ít hơn số phiếu thu về: sửa tổng số đại biểu hoặc số phiếu thu "
    "về ở màn hình Phiên (Ctrl+1).":
        "The total number of delegates cannot be less than the ballots collected: correct the "
        "delegates or the ballots collected on the Session screen (Ctrl+1).",
    "Nhập tổng số đại biểu ở màn hình Phiên (Ctrl+1).":
        "Enter the total number of delegates on the Session screen (Ctrl+1).",
    "Ban kiểm phiếu quyết định từng phiếu để riêng (hợp lệ với các dấu nào, hay không hợp lệ "
    "với lý do gì): Kết quả → Phiếu chờ quyết định…":
        "The committee decides each ballot set aside (valid with which marks, or invalid for "
        "what reason): Results → Ballots awaiting a decision…",
    "Đối chiếu các phiếu giấy đã bốc thăm và ghi kết quả: Kết quả → Kiểm tra xác suất…":
        "Compare the drawn paper ballots and record what was found: Results → Spot-check…",
    "Nhập danh sách ở màn hình thứ hai (Ctrl+2).": "Enter the list on the second screen (Ctrl+2).",
    "Lúc để riêng": "Set aside at",
    "Ghi chú": "Note",
    "&Phiếu chờ quyết định…": "Ballots awaiting a &decision…",
    "Kiểm tra xác s&uất…": "S&pot-check…",
    "ĐỂ RIÊNG": "SET ASIDE",
    "Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.\nGhi chú: %2":
        "Ballot %1 is set aside for the counting committee's decision; not counted yet.\n"
        "Note: %2",
    "Phiếu chờ quyết định…": "Ballots awaiting a decision…",
    "Kiểm tra xác suất…": "Spot-check…",
    "Phiếu chờ quyết định (%1)…": "Ballots awaiting a decision (%1)…",
    "Theo tên cơ quan, tổ chức (tự nhận ra)": "From the body's name (automatic)",
    "Quốc hội": "National Assembly",
    "Hội đồng nhân dân": "People's Council",
    "Cơ quan &bầu hoặc phê chuẩn:": "Electing or approving &body:",
    "Phiếu chờ Ban kiểm phiếu quyết định": "Ballots awaiting the counting committee's decision",
    "Ghi phiếu &hợp lệ (Enter)": "Record as &valid (Enter)",
    "Phiếu &không hợp lệ… (F8)": "&Invalid… (F8)",
    "Đóng (Esc)": "Close (Esc)",
    "Các phiếu để riêng khi nhập (F9) chưa được tính. Với từng phiếu, Ban kiểm phiếu quyết định: "
    "hợp lệ với các dấu nào, hay không hợp lệ với lý do gì. Chọn phiếu bằng Lên/Xuống, gõ các "
    "dấu như khi nhập phiếu (%1; 0 hoặc Cách: không đánh dấu; x: nhiều dấu), rồi Enter. F8: "
    "phiếu không hợp lệ.":
        "Ballots set aside during entry (F9) are not counted yet. For each, the committee "
        "decides: valid with which marks, or invalid for what reason. Choose a ballot with "
        "Up/Down, type the marks as in entry (%1; 0 or Space: no mark; x: several marks), then "
        "Enter. F8: invalid ballot.",
    "&Các dấu Ban kiểm phiếu quyết định:": "&Marks decided by the committee:",
    "Không còn phiếu nào chờ Ban kiểm phiếu quyết định.":
        "No ballot is waiting for the committee's decision any more.",
    "Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace để sửa.":
        "Every row is filled: press Enter to record, or Backspace to correct.",
    "phiếu số %1 (để riêng lúc %2; ghi chú: %3)": "ballot %1 (set aside at %2; note: %3)",
    "Còn %1 dòng chưa có dấu: gõ đủ %2 dòng rồi Enter.":
        "%1 row(s) still without a mark: type all %2 rows, then Enter.",
    "Ban kiểm phiếu quyết định %1 là phiếu HỢP LỆ, với các dấu:":
        "The committee decides that %1 is VALID, with the marks:",
    "Ghi quyết định này vào tệp? Ghi xong không sửa được (chỉ hủy rồi nhập lại như mọi phiếu).":
        "Record this decision in the file? Once recorded it cannot be changed (only voided and "
        "entered again, like any ballot).",
    "Quyết định phiếu số %1": "Decision on ballot %1",
    "Phiếu số %1 không hợp lệ": "Ballot %1 invalid",
    "Ban kiểm phiếu quyết định %1 là phiếu KHÔNG HỢP LỆ, lý do: %2":
        "The committee decides that %1 is INVALID, reason: %2",
    "Đã ghi quyết định: phiếu số %1.": "Decision recorded: ballot %1.",
    "Đã ghi quyết định: phiếu số %1. Không còn phiếu nào chờ Ban kiểm phiếu quyết định.":
        "Decision recorded: ballot %1. No ballot is waiting for the committee's decision any "
        "more.",
    "Kiểm tra xác suất (bốc thăm phiếu đối chiếu)": "Spot-check (ballots drawn for comparison)",
    "để trống: phần mềm tự tạo": "leave empty: the app makes one",
    "&Bốc thăm…": "&Draw…",
    "&Khớp": "&Matches",
    "Có &sai khác…": "&Differs…",
    "Phần mềm bốc ngẫu nhiên k số phiếu đã nhập; Ban kiểm phiếu rút đúng các phiếu giấy đó, đối "
    "chiếu với bản ghi và ghi “khớp” hoặc điểm khác. Mã bốc thăm và các số được in trong biên "
    "bản: ai cũng bốc lại được từ mã đó.":
        "The app draws k of the recorded ballot numbers at random; the committee pulls those "
        "paper ballots, compares each with its record and records “matches” or the difference. "
        "The draw's seed and numbers are printed in the minutes: anyone can redo the draw from "
        "the seed.",
    "Số phiếu &cần bốc:": "&Ballots to draw:",
    "&Mã bốc thăm (không bắt buộc):": "S&eed (optional):",
    "Chưa bốc thăm lần nào cho loại phiếu này.": "No draw yet for this ballot type.",
    "Lần bốc thăm số %1, lúc %2, mã bốc thăm %3: phiếu số %4.":
        "Draw %1, at %2, seed %3: ballots %4.",
    "Có phiếu giấy khác bản ghi: nên nhập lại toàn bộ phiếu lần hai để đối chiếu. Đây là cảnh "
    "báo: khi chốt kết quả, Ban kiểm phiếu phải ghi giải trình (in trong biên bản).":
        "A paper ballot differs from its record: a second entry pass of every ballot is "
        "recommended for comparison. This is a warning: at finalising the committee must write "
        "an explanation (printed in the minutes).",
    "Bốc thăm kiểm tra": "Spot-check draw",
    "Bốc thăm %1 trong %2 phiếu đã nhập của “%3”? Lần bốc được ghi vào tệp và in trong biên "
    "bản; không xóa được.":
        "Draw %1 of the %2 recorded ballots of “%3”? The draw is written to the file and "
        "printed in the minutes; it cannot be removed.",
    "Đã bốc thăm: phiếu số %1 (mã bốc thăm %2). Rút các phiếu giấy này để đối chiếu.":
        "Drawn: ballots %1 (seed %2). Pull these paper ballots to compare them.",
    "Đã ghi kết quả đối chiếu phiếu số %1: %2.": "Ballot %1 was already compared: %2.",
    "Phiếu số %1: khớp.": "Ballot %1: matches.",
    "Phiếu số %1 khác bản ghi": "Ballot %1 differs from its record",
    "Điểm khác giữa phiếu giấy và bản ghi (ví dụ: dòng 2 trên giấy là 3, bản ghi là 1), Enter "
    "để ghi, Esc để thôi:":
        "What differs between the paper and the record (e.g. row 2 is 3 on paper, 1 in the "
        "record), Enter to record, Esc to cancel:",
    "Phiếu số %1: khác bản ghi, đã ghi.": "Ballot %1: differs from its record, recorded.",
    ", để riêng %1": ", set aside %1",
    # The test deck (bộ phiếu thử)
    "Bộ phiếu thử": "Test deck",
    "Tệp đang mở là bản thử. Mở tệp phiên thật rồi lập bộ phiếu thử từ đó.":
        "The file open is a trial copy. Open the real session file and make the test deck "
        "from it.",
    "Đã lưu bộ phiếu thử (%1 phiếu) và bảng kết quả đúng:\n%2":
        "Saved the test deck (%1 ballots) and the table of its correct result:\n%2",
    "Các phiếu thử dạng CSV: %1": "Test ballots as CSV: %1",
    "Kết quả đúng (JSON): %1": "Correct result (JSON): %1",
    "Đã tạo bản thử của phiên: %1": "Made a trial copy of the session: %1",
    "Mở bộ phiếu thử bằng trình xem PDF để in?": "Open the test deck in the PDF viewer to print?",
    "Không tìm thấy chương trình xem PDF. Tệp bộ phiếu thử ở:\n%1":
        "No PDF viewer found. The test deck is at:\n%1",
    "Mở bản thử để nhập bộ phiếu thử ngay bây giờ? Phiên đang mở sẽ đóng lại (mọi thay đổi đã "
    "được lưu). Nhập xong, chọn Công cụ → Kiểm tra kết quả phiếu thử…":
        "Open the trial copy to enter the test deck now? The session open now closes (every "
        "change is saved). When done, choose Tools → Check the test deck result…",
    "Kiểm tra kết quả phiếu thử": "Check the test deck result",
    "Tệp đang mở không phải bản thử. Lập bộ phiếu thử (Công cụ → Bộ phiếu thử…), mở bản thử, "
    "nhập các phiếu thử rồi kiểm tra.":
        "The file open is not a trial copy. Make the test deck (Tools → Test deck…), open the "
        "trial copy, enter the test ballots, then check.",
    "Chọn tệp phiên thật": "Choose the real session file",
    "ĐẠT: kết quả nhập đúng hoàn toàn với kết quả đúng của bộ phiếu thử.":
        "PASSED: the result entered is exactly the test deck's correct result.",
    "KHÔNG ĐẠT: kết quả nhập khác kết quả đúng ở %1 chỗ (nhập / đúng là):":
        "FAILED: the result entered differs from the correct result in %1 places (entered / "
        "correct):",
    "Đã ghi vào nhật ký của phiên %1; biên bản sẽ nêu kết quả này.":
        "Recorded in the log of the session %1; its minutes will state this outcome.",
    "Lưu giấy chứng nhận ra PDF để in?": "Save the certificate as a PDF to print?",
    "Giấy chứng nhận kiểm tra": "Test certificate",
    "Không tìm thấy chương trình xem PDF. Giấy chứng nhận ở:\n%1":
        "No PDF viewer found. The certificate is at:\n%1",
    "Côn&g cụ": "&Tools",
    "Không hợp lệ": "Invalid",
    "Số phiếu đã nhập": "Ballots entered",
    "Phiếu không hợp lệ toàn phiếu": "Ballots invalid as a whole",
    "%1: nhập %2, đúng là %3": "%1: entered %2, correct %3",
    "&Bộ phiếu thử…": "&Test deck…",
    "&Kiểm tra kết quả phiếu thử…": "&Check the test deck result…",
    # Several files, one result (issue 13): counting groups, a second pass, comparing, merging.
    "Tạo bản cho tổ &kiểm phiếu…": "Copy for a counting &group…",
    "Tạo lượt nhập kiểm t&ra…": "Create a second pass (r&e-entry)…",
    "Đối &chiếu các lượt nhập…": "Co&mpare passes…",
    "Gộ&p kết quả các tổ…": "Merge the groups' resul&ts…",
    "Tổ kiểm phiếu: %1": "Counting group: %1",
    " (được giao %1 phiếu)": " (%1 ballots handed)",
    "Lượt nhập kiểm tra của %1": "Second pass of %1",
    "Bản nhập thử của %1": "Trial copy of %1",
    "không đánh dấu": "no mark",
    "đánh nhiều ô": "several boxes marked",
    "không có phiếu này": "not in this file",
    "cả phiếu không hợp lệ: %1": "whole ballot invalid: %1",
    "không hợp lệ: %1": "invalid: %1",
    "có phiếu": "entered",
    "Khác ở": "Differs in",
    "Quyết định": "Decision",
    "có trong một số tệp": "only in some files",
    "cả phiếu": "the whole ballot",
    "dấu của %n người": ("the mark of %n official", "the marks of %n officials"),
    "chưa quyết định": "not decided",
    "STT": "No.",
    "Tệp %1 (gốc)": "File %1 (reference)",
    "Tệp %1": "File %1",
    "Cả phiếu": "Whole ballot",
    "Đối chiếu các lượt nhập": "Compare passes",
    "Lên/Xuống, PgUp/PgDn: chọn chỗ khác nhau · Enter: quyết định theo phiếu giấy · Esc: đóng":
        "Up/Down, PgUp/PgDn: choose a difference · Enter: decide from the paper ballot · "
        "Esc: close",
    "&Quyết định… (Enter)": "&Decide… (Enter)",
    "Đó&ng (Esc)": "&Close (Esc)",
    "Tệp %1 (gốc, quyết định ghi vào tệp này): %2":
        "File %1 (reference; decisions are written to it): %2",
    "Tệp %1: %2": "File %1: %2",
    " — %1 phiếu — dấu vân tay %2": " — %1 ballots — fingerprint %2",
    "Có %n chỗ khác nhau.": ("%n difference.", "%n differences."),
    "Các tệp giống nhau: không có gì phải quyết định.": "The files agree: nothing to decide.",
    "Theo tệp %1 (%2): %3": "As in file %1 (%2): %3",
    "Gõ các dấu theo phiếu giấy…": "Type the marks from the paper ballot…",
    "Cả phiếu không hợp lệ (chọn lý do)…": "Whole ballot invalid (choose a reason)…",
    "Ban kiểm phiếu xem phiếu giấy số %1 (%2). Phiếu ghi:":
        "The committee looks at paper ballot no. %1 (%2). It reads:",
    "Các dấu trên phiếu giấy": "Marks on the paper ballot",
    "Mỗi người một ký tự, theo thứ tự trên phiếu (%1; 0: không đánh dấu; x: đánh nhiều ô):":
        "One character per official, in ballot order (%1; 0: no mark; x: several boxes):",
    "Phiếu số %1: giữ như tệp gốc, không ghi gì.":
        "Ballot no. %1: kept as the reference file holds it; nothing written.",
    "giữ như tệp gốc": "kept as in the reference",
    "Phiếu số %1 (%2) không có trên giấy: hủy phiếu này trong tệp gốc %3?\nĐang ghi: %4\n"
    "Lý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.":
        "There is no paper ballot no. %1 (%2): void it in the reference file %3?\nRecorded now: "
        "%4\nReason in the log: đối chiếu lượt nhập kiểm tra (comparison of passes).",
    "Sửa phiếu số %1 (%2) trong tệp gốc %3?\nĐang ghi: %4\nTheo phiếu giấy: %5\n"
    "Phiếu đang ghi được hủy và ghi lại với cùng số; lý do ghi vào nhật ký: đối chiếu lượt nhập "
    "kiểm tra.":
        "Correct ballot no. %1 (%2) in the reference file %3?\nRecorded now: %4\nOn paper: %5\n"
        "The recorded ballot is voided and recorded again under the same number; reason in the "
        "log: đối chiếu lượt nhập kiểm tra (comparison of passes).",
    "Ghi thêm phiếu số %1 (%2) vào tệp gốc %3?\nĐang ghi: %4\nTheo phiếu giấy: %5\n"
    "Lý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.":
        "Record ballot no. %1 (%2) in the reference file %3?\nRecorded now: %4\nOn paper: %5\n"
        "Reason in the log: đối chiếu lượt nhập kiểm tra (comparison of passes).",
    "Ghi quyết định": "Record the decision",
    "Phiếu số %1: đã ghi vào tệp gốc — %2.": "Ballot no. %1: written to the reference file — %2.",
    "đã sửa theo phiếu giấy: %1": "corrected from the paper: %1",
    "Đóng đối chiếu": "Close the comparison",
    "Còn %n chỗ khác nhau chưa quyết định. Vẫn đóng? (Đối chiếu lại lúc khác: Tệp → Đối chiếu "
    "các lượt nhập…)": (
        "%n difference is not decided. Close anyway? (Compare again later: File → Compare "
        "passes…)",
        "%n differences are not decided. Close anyway? (Compare again later: File → Compare "
        "passes…)"),
    "&Lưu biên bản đối chiếu (PDF)…": "&Save the comparison report (PDF)…",
    "Lưu biên bản đối chiếu": "Save the comparison report",
    "Đã lưu biên bản đối chiếu vào:\n%1": "Comparison report saved to:\n%1",
    "Không tìm thấy chương trình xem PDF. Biên bản đối chiếu ở:\n%1":
        "No PDF viewer found. The comparison report is at:\n%1",
    "Tạo bản cho tổ kiểm phiếu": "Copy for a counting group",
    "Tệp mới có cùng phần thiết lập với %1 (thông tin phiên, Ban kiểm phiếu, loại phiếu, danh "
    "sách người, số phiếu) và chưa có phiếu nào. Tổ kiểm phiếu nhập phiếu của mình vào đó; sau đó "
    "Tệp → Gộp kết quả các tổ… cộng các tổ lại.":
        "The new file has the set-up of %1 (session details, counting committee, ballot types, "
        "officials, accounting) and no ballots. The counting group enters its ballots in it; "
        "then File → Merge the groups' results… adds the groups up.",
    "ví dụ: Tổ 1": "e.g. Tổ 1",
    "để trống nếu không ghi": "leave empty if not recorded",
    "&Chọn…": "C&hoose…",
    "&Tên tổ:": "Group &name:",
    "Số phiếu &giao cho tổ:": "&Ballots handed to the group:",
    "&Lưu tệp của tổ vào:": "&Save the group's file as:",
    "Tạo tệp": "Create file",
    "Nhập tên tổ (ví dụ: Tổ 1).": "Type the group's name (e.g. Tổ 1).",
    "Số phiếu giao cho tổ phải là số nguyên dương, chỉ gồm chữ số 0–9 (hoặc để trống): “%1”.":
        "The ballots handed to the group must be a whole number above 0, digits 0–9 only (or "
        "left empty): “%1”.",
    "Chọn nơi lưu tệp của tổ.": "Choose where to save the group's file.",
    "Đã có tệp %1: chọn tên khác (không ghi đè).":
        "%1 already exists: choose another name (nothing is overwritten).",
    "Lưu tệp của tổ": "Save the group's file",
    "Đã tạo %1:\n%2\n\nMở tệp này bây giờ? (Phiên đang mở sẽ được đóng; mọi phiếu đã ghi đều đã "
    "nằm trên đĩa.)":
        "Created %1:\n%2\n\nOpen it now? (The open session closes; every ballot recorded is "
        "already on disk.)",
    "Đã tạo tệp": "File created",
    "tệp của %1": "the file of %1",
    "Tạo lượt nhập kiểm tra": "Create a second pass",
    "lượt nhập kiểm tra của %1 (cùng phần thiết lập, chưa có phiếu nào; người nhập không thấy "
    "phiếu của lượt trước)":
        "a second pass of %1 (same set-up, no ballots; whoever enters it does not see the first "
        "pass's ballots)",
    "Chọn các lượt nhập để đối chiếu với %1": "Choose the passes to compare with %1",
    "Các tệp giống nhau: cùng các phiếu (loại, số phiếu, dấu, phiếu không hợp lệ). Số phiếu mỗi "
    "tệp: %1.\nDấu vân tay tệp gốc: %2":
        "The files agree: the same ballots (type, number, marks, whole-invalid). Ballots in each "
        "file: %1.\nFingerprint of the reference file: %2",
    "Chọn tệp của các tổ kiểm phiếu": "Choose the counting groups' files",
    "Lưu tệp gộp kết quả các tổ": "Save the merged file",
    "Gộp kết quả các tổ": "Merge the groups' results",
    "Đã gộp %n tổ vào tệp:": ("Merged %n group into:", "Merged %n groups into:"),
    "Tệp gộp là một phiên bình thường: xem kết quả, kiểm tra tệp, chốt và in biên bản như mọi "
    "phiên.":
        "The merged file is a normal session: see its results, check it, finalise it and print "
        "its minutes like any session.",
    # The projector view (F5).
    "Màn hình &chiếu": "&Projector view",
    "Hiện &kết quả trên màn hình chiếu": "Show &results on the projector",
    "Màn hình chiếu — %1": "Projector view — %1",
    "phiếu số %1 đã hủy": "ballot no. %1 voided",
    "KHÔNG HỢP LỆ cả phiếu: %1": "Whole ballot INVALID: %1",
    "KẾT QUẢ TẠM THỜI": "RUNNING RESULTS",
    "KẾT QUẢ ĐÃ CHỐT": "FINALISED RESULTS",
    "phiếu số %1 để riêng": "ballot no. %1 set aside",
    "Chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.":
        "Awaiting the counting committee's decision; not counted yet.",
    "Đang kiểm tra và so sánh %n tệp…": ("Checking and comparing %n file…",
                                         "Checking and comparing %n files…"),
    "Đang kiểm tra %n tệp của các tổ và tạo tệp gộp…": (
        "Checking %n group's file and making the merged file…",
        "Checking %n groups' files and making the merged file…"),
    "Đang dựng biên bản kiểm phiếu…": "Making the counting minutes…",
    "Đang kiểm tra tệp…": "Checking the file…",
    "Đang sao chép tệp và kiểm tra bản sao…": "Copying the file and checking the copy…",
    "Trang %1/%2": "Page %1/%2",
}

# Qt's own texts in Vietnamese (Qt ships no qtbase_vi): the buttons, context menus, file and
# print dialogs the app shows. (context, English source, Vietnamese); sources from qtbase's .ts.
QT_VI = [
    # Buttons of message boxes and button boxes (QMessageBox, QDialogButtonBox, QInputDialog)
    ("QPlatformTheme", "OK", "Đồng ý"),
    ("QPlatformTheme", "Cancel", "Hủy bỏ"),
    ("QPlatformTheme", "&Yes", "&Có"),
    ("QPlatformTheme", "&No", "&Không"),
    ("QPlatformTheme", "Yes to &All", "Có cho &tất cả"),
    ("QPlatformTheme", "N&o to All", "Không cho tất &cả"),
    ("QPlatformTheme", "Close", "Đóng"),
    ("QPlatformTheme", "Save", "Lưu"),
    ("QPlatformTheme", "Save All", "Lưu tất cả"),
    ("QPlatformTheme", "Open", "Mở"),
    ("QPlatformTheme", "Apply", "Áp dụng"),
    ("QPlatformTheme", "Help", "Trợ giúp"),
    ("QPlatformTheme", "Abort", "Bỏ dở"),
    ("QPlatformTheme", "Retry", "Thử lại"),
    ("QPlatformTheme", "Ignore", "Bỏ qua"),
    ("QPlatformTheme", "Discard", "Không lưu"),
    ("QPlatformTheme", "Reset", "Đặt lại"),
    ("QPlatformTheme", "Restore Defaults", "Về mặc định"),
    ("QDialogButtonBox", "OK", "Đồng ý"),
    ("QMessageBox", "Show Details...", "Xem chi tiết..."),
    ("QMessageBox", "Hide Details...", "Ẩn chi tiết..."),
    ("QMessageBox", "About Qt", "Giới thiệu Qt"),
    ("QInputDialog", "Enter a value:", "Nhập giá trị:"),
    # Context menus of text fields
    ("QLineEdit", "&Undo", "&Hoàn tác"),
    ("QLineEdit", "&Redo", "&Làm lại"),
    ("QLineEdit", "Cu&t", "Cắ&t"),
    ("QLineEdit", "&Copy", "&Chép"),
    ("QLineEdit", "&Paste", "&Dán"),
    ("QLineEdit", "Delete", "Xóa"),
    ("QLineEdit", "Select All", "Chọn tất cả"),
    ("QWidgetTextControl", "&Undo", "&Hoàn tác"),
    ("QWidgetTextControl", "&Redo", "&Làm lại"),
    ("QWidgetTextControl", "Cu&t", "Cắ&t"),
    ("QWidgetTextControl", "&Copy", "&Chép"),
    ("QWidgetTextControl", "Copy &Link Location", "Chép địa chỉ &liên kết"),
    ("QWidgetTextControl", "&Paste", "&Dán"),
    ("QWidgetTextControl", "Delete", "Xóa"),
    ("QWidgetTextControl", "Select All", "Chọn tất cả"),
    ("QAbstractSpinBox", "&Select All", "Chọn &tất cả"),
    ("QAbstractSpinBox", "&Step up", "&Tăng"),
    ("QAbstractSpinBox", "Step &down", "&Giảm"),
    # Qt's own file dialog (Linux without a desktop theme; Windows uses its native one)
    ("QFileDialog", "Look in:", "Tìm trong:"),
    ("QFileDialog", "&Look in:", "&Tìm trong:"),
    ("QFileDialog", "Back", "Quay lại"),
    ("QFileDialog", "Go back", "Quay lại"),
    ("QFileDialog", "Forward", "Tiến tới"),
    ("QFileDialog", "Go forward", "Tiến tới"),
    ("QFileDialog", "Parent Directory", "Thư mục cha"),
    ("QFileDialog", "Go to the parent directory", "Lên thư mục cha"),
    ("QFileDialog", "Create New Folder", "Tạo thư mục mới"),
    ("QFileDialog", "Create a New Folder", "Tạo một thư mục mới"),
    ("QFileDialog", "List View", "Xem dạng danh sách"),
    ("QFileDialog", "Change to list view mode", "Chuyển sang xem dạng danh sách"),
    ("QFileDialog", "Detail View", "Xem chi tiết"),
    ("QFileDialog", "Change to detail view mode", "Chuyển sang xem chi tiết"),
    ("QFileDialog", "Sidebar", "Thanh bên"),
    ("QFileDialog", "List of places and bookmarks", "Các nơi và dấu trang"),
    ("QFileDialog", "Files", "Tệp"),
    ("QFileDialog", "Files of type:", "Loại tệp:"),
    ("QFileDialog", "Files of &type:", "&Loại tệp:"),
    ("QFileDialog", "Find Directory", "Chọn thư mục"),
    ("QFileDialog", "Open", "Mở"),
    ("QFileDialog", "Save As", "Lưu thành"),
    ("QFileDialog", "Directory:", "Thư mục:"),
    ("QFileDialog", "File &name:", "&Tên tệp:"),
    ("QFileDialog", "&Open", "&Mở"),
    ("QFileDialog", "&Choose", "&Chọn"),
    ("QFileDialog", "&Save", "&Lưu"),
    ("QFileDialog", "All Files (*)", "Mọi tệp (*)"),
    ("QFileDialog", "All files (*)", "Mọi tệp (*)"),
    ("QFileDialog", "Show ", "Hiện "),
    ("QFileDialog", "&Rename", "Đổi &tên"),
    ("QFileDialog", "&Delete", "&Xóa"),
    ("QFileDialog", "Show &hidden files", "Hiện tệp ẩ&n"),
    ("QFileDialog", "&New Folder", "Thư mục &mới"),
    ("QFileDialog", "Directories", "Thư mục"),
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
     "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."),
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?",
     "%1 đã có.\nGhi đè lên tệp đó?"),
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given.",
     "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."),
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?",
     "“%1” đang được chống ghi.\nVẫn xóa?"),
    ("QFileDialog", "New Folder", "Thư mục mới"),
    ("QFileDialog", "Delete", "Xóa"),
    ("QFileDialog", "Are you sure you want to delete '%1'?", "Xóa “%1”?"),
    ("QFileDialog", "Could not delete directory.", "Không xóa được thư mục."),
    ("QFileDialog", "Recent Places", "Nơi mở gần đây"),
    ("QFileDialog", "Remove", "Bỏ"),
    ("QFileSystemModel", "Name", "Tên"),
    ("QFileSystemModel", "Size", "Cỡ"),
    ("QFileSystemModel", "Kind", "Kiểu"),
    ("QFileSystemModel", "Type", "Loại"),
    ("QFileSystemModel", "Date Modified", "Ngày sửa"),
    ("QFileSystemModel", "My Computer", "Máy tính"),
    ("QFileSystemModel", "Computer", "Máy tính"),
    ("QAbstractFileIconProvider", "Drive", "Ổ đĩa"),
    ("QAbstractFileIconProvider", "File Folder", "Thư mục"),
    ("QAbstractFileIconProvider", "Folder", "Thư mục"),
    ("QAbstractFileIconProvider", "Alias", "Bí danh"),
    ("QAbstractFileIconProvider", "Shortcut", "Lối tắt"),
    ("QAbstractFileIconProvider", "Unknown", "Không rõ"),
    ("QAbstractFileIconProvider", "File", "Tệp"),
    ("QAbstractFileIconProvider", "%1 File", "Tệp %1"),
    # Qt's own print dialog (the minutes' In… on Linux)
    ("QPrintDialog", "Print", "In"),
    ("QPrintDialog", "&Print", "&In"),
    ("QPrintDialog", "All Pages", "Mọi trang"),
    ("QPrintDialog", "Odd Pages", "Trang lẻ"),
    ("QPrintDialog", "Even Pages", "Trang chẵn"),
    ("QPrintDialog", "&Options >>", "&Tùy chọn >>"),
    ("QPrintDialog", "&Options <<", "&Tùy chọn <<"),
    ("QPrintDialog", "Invalid Pages Definition", "Khoảng trang không hợp lệ"),
    ("QPrintDialog", "Print to File (PDF)", "In ra tệp (PDF)"),
    ("QPrintDialog", "Local file", "Tệp trên máy"),
    ("QPrintDialog", "Write PDF file", "Ghi tệp PDF"),
    ("QPrintDialog", "Print To File ...", "In ra tệp..."),
    ("QPrintDialog", "%1 is a directory.\nPlease choose a different file name.",
     "%1 là một thư mục.\nHãy chọn tên tệp khác."),
    ("QPrintDialog", "File %1 is not writable.\nPlease choose a different file name.",
     "Không ghi được tệp %1.\nHãy chọn tên tệp khác."),
    ("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?",
     "%1 đã có.\nGhi đè lên tệp đó?"),
    ("QPrintDialog", "The 'From' value cannot be greater than the 'To' value.",
     "Trang “từ” không được lớn hơn trang “đến”."),
    ("QPrintSettingsOutput", "Copies", "Số bản"),
    ("QPrintSettingsOutput", "Print range", "Phạm vi in"),
    ("QPrintSettingsOutput", "Print all", "In tất cả"),
    ("QPrintSettingsOutput", "Pages from", "Các trang từ"),
    ("QPrintSettingsOutput", "to", "đến"),
    ("QPrintSettingsOutput", "Current Page", "Trang hiện tại"),
    ("QPrintSettingsOutput", "Selection", "Phần chọn"),
    ("QPrintSettingsOutput", "Output Settings", "Cài đặt in"),
    ("QPrintSettingsOutput", "Copies:", "Số bản:"),
    ("QPrintSettingsOutput", "Collate", "Xếp theo bộ"),
    ("QPrintSettingsOutput", "Reverse", "In ngược"),
    ("QPrintSettingsOutput", "Options", "Tùy chọn"),
    ("QPrintSettingsOutput", "Color Mode", "Chế độ màu"),
    ("QPrintSettingsOutput", "Color", "Màu"),
    ("QPrintSettingsOutput", "Grayscale", "Thang xám"),
    ("QPrintSettingsOutput", "Page Set:", "Trang in:"),
    ("QPrintSettingsOutput", "Pages", "Các trang"),
    ("QPrintSettingsOutput", "Specify pages or ranges separated by commas. Ranges are "
     "specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
     "Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; khoảng trang là hai số nối bằng "
     "dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9."),
    ("QPrintSettingsOutput", "Double Sided Printing", "In hai mặt"),
    ("QPrintSettingsOutput", "Off", "Tắt"),
    ("QPrintSettingsOutput", "Long side binding", "Đóng gáy cạnh dài"),
    ("QPrintSettingsOutput", "Short side binding", "Đóng gáy cạnh ngắn"),
    ("QPrintWidget", "Printer", "Máy in"),
    ("QPrintWidget", "&Name:", "&Tên:"),
    ("QPrintWidget", "P&roperties", "&Thuộc tính"),
    ("QPrintWidget", "Location:", "Vị trí:"),
    ("QPrintWidget", "Preview", "Xem trước"),
    ("QPrintWidget", "Type:", "Loại:"),
    ("QPrintWidget", "Output &file:", "&Tệp in ra:"),
    ("QPrintPropertiesDialog", "Printer Properties", "Thuộc tính máy in"),
    ("QPrintPropertiesDialog", "Job Options", "Tùy chọn lệnh in"),
    ("QPrintPropertiesWidget", "Page", "Trang"),
    ("QPrintPropertiesWidget", "Advanced", "Nâng cao"),
]
