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
    "1, 2, 3: đánh dấu ô của dòng hiện tại và xuống dòng (1, 2 khi bỏ phiếu)\n0 hoặc phím cách: "
    "không đánh dấu (dòng không hợp lệ)\nx: đánh dấu nhiều ô (dòng không hợp lệ)\nBackspace: lùi "
    "một dòng và xóa dòng đó\nLên / Xuống: di chuyển\nEnter: ghi phiếu (khi mọi dòng đã nhập)\n"
    "F8: cả phiếu không hợp lệ (chọn hoặc gõ lý do)\nCtrl+Z: hủy phiếu vừa ghi và nhập lại với "
    "cùng số\nF6: chuyển sang danh sách phiếu; Delete ở đó: hủy phiếu đang chọn và nhập lại\n"
    "Ctrl+1 … Ctrl+4: các màn hình; Ctrl++ / Ctrl+-: cỡ chữ":
        "1, 2, 3: mark the current row and move down (1, 2 for a vote)\n0 or Space: no mark "
        "(row invalid)\nx: several marks (row invalid)\nBackspace: back one row and clear it\n"
        "Up / Down: move\nEnter: record the ballot (when every row is filled)\nF8: whole ballot "
        "invalid (choose or type a reason)\nCtrl+Z: void the last ballot and re-enter it with "
        "the same number\nF6: go to the ballot list; Delete there: void the selected ballot and "
        "re-enter it\nCtrl+1 … Ctrl+4: screens; Ctrl++ / Ctrl+-: text size",
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
    "Không lưu được {0}: {1}. Chọn thư mục khác.":
        "Could not save {0}: {1}. Choose another folder.",
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
    "Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu":
        "%1: mark and move down · 0 or Space: no mark · x: several marks · Backspace: back "
        "one row and clear it · Up/Down: move · Enter: record · F8: whole ballot invalid · "
        "Ctrl+Z: void the last ballot to re-enter it · F6: ballot list",
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
