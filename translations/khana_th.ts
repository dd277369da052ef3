<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AreaStore</name>
    <message>
        <source>District %1 (%2): %3</source>
        <translation>อำเภอ/เขต %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>สมาชิกภาพ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>งานประชุม</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการประชุมกลุ่ม</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>รายการในแผน</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>เอกสารแผน</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติการ</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>การทบทวนรายไตรมาส</translation>
    </message>
    <message>
        <source>Review line</source>
        <translation>รายการทบทวน</translation>
    </message>
    <message>
        <source>Representative election</source>
        <translation>การเลือกตัวแทน</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>จำนวนสมาชิก</translation>
    </message>
    <message>
        <source>Growth target</source>
        <translation>เป้าหมายการเติบโต</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>วัตถุประสงค์ของความยินยอม</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>การทบทวนระยะเวลาเก็บข้อมูล</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>ระยะเวลาเก็บข้อมูล</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>ลบข้อมูลตามคำขอ</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>เปิดสำเนาสำรอง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2).</source>
        <translation>สำเนาสำรอง %1 เสียหาย (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Khana database.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูลของคณะ</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>เขียนสำเนาสำรองไม่ได้: %1</translation>
    </message>
    <message>
        <source>The backup does not hold the same rows as the database; it was not kept.</source>
        <translation>สำเนาสำรองมีข้อมูลไม่ตรงกับฐานข้อมูล จึงไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>สร้างโฟลเดอร์สำเนาสำรอง %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The current database could not be backed up first, so nothing was restored: %1</source>
        <translation>สำรองฐานข้อมูลปัจจุบันไว้ก่อนไม่ได้ จึงไม่ได้กู้คืนสิ่งใด: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>ไม่ได้กู้คืนสิ่งใด: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>%1 people, %2 registrations, %3 plan items; checked whole.</source>
        <translation>บุคคล %1 คน การลงทะเบียน %2 รายการ รายการในแผน %3 รายการ ตรวจแล้วว่าสมบูรณ์</translation>
    </message>
</context>
<context>
    <name>CheckInSession</name>
    <message>
        <source>There is no check-in to take back.</source>
        <translation>ไม่มีการเช็กอินให้ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CommandDatabase</name>
    <message>
        <source>No server is known as &quot;%1&quot;. Connect to it once in Khana&apos;s window (File &gt; Connect to server…) to give it that name.</source>
        <translation>ไม่รู้จักเซิร์ฟเวอร์ชื่อ &quot;%1&quot; โปรดเชื่อมต่อครั้งหนึ่งในหน้าต่างของคณะ (แฟ้ม &gt; เชื่อมต่อเซิร์ฟเวอร์…) เพื่อตั้งชื่อนี้</translation>
    </message>
    <message>
        <source>Password of %1 on %2: </source>
        <translation>รหัสผ่านของ %1 บน %2: </translation>
    </message>
    <message>
        <source>Give one of --database FILE, --server NAME or --demo.</source>
        <translation>ระบุเพียงอย่างเดียว: --database แฟ้ม, --server ชื่อ หรือ --demo</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Signed paper form</source>
        <translation>แบบฟอร์มกระดาษที่ลงนาม</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>แบบฟอร์มออนไลน์</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>แจ้งด้วยตนเอง</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>ทางโทรศัพท์</translation>
    </message>
</context>
<context>
    <name>ConsentStore</name>
    <message>
        <source>Name the purpose, as people are asked it.</source>
        <translation>ระบุชื่อวัตถุประสงค์ตามที่ขอความยินยอมจากเจ้าของข้อมูล</translation>
    </message>
    <message>
        <source>Write the statement people agree to.</source>
        <translation>เขียนข้อความที่เจ้าของข้อมูลให้ความยินยอม</translation>
    </message>
    <message>
        <source>Another purpose has this name.</source>
        <translation>มีวัตถุประสงค์อื่นใช้ชื่อนี้แล้ว</translation>
    </message>
    <message>
        <source>Someone else changed or removed this purpose after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบวัตถุประสงค์นี้หลังจากที่คุณเปิด จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>People have decided about this purpose, and their decisions are kept: retire the purpose instead.</source>
        <translation>มีผู้ตัดสินใจเกี่ยวกับวัตถุประสงค์นี้แล้ว และต้องเก็บการตัดสินใจนั้นไว้ ให้ตั้งเป็นเลิกใช้แทน</translation>
    </message>
    <message>
        <source>Give the day the person decided.</source>
        <translation>ระบุวันที่เจ้าของข้อมูลตัดสินใจ</translation>
    </message>
    <message>
        <source>The day of the decision cannot be in the future.</source>
        <translation>วันที่ตัดสินใจต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>This purpose no longer exists.</source>
        <translation>วัตถุประสงค์นี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>This purpose is retired: consent to it is no longer asked for.</source>
        <translation>วัตถุประสงค์นี้เลิกใช้แล้ว ไม่ได้ขอความยินยอมนี้อีก</translation>
    </message>
    <message>
        <source>Someone else recorded a decision about this consent after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นบันทึกการตัดสินใจเรื่องความยินยอมนี้หลังจากที่คุณเปิด จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>อ่านแฟ้ม %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>แฟ้มนี้ว่างเปล่า</translation>
    </message>
    <message>
        <source>an Excel workbook or another ZIP archive</source>
        <translation>สมุดงาน Excel หรือไฟล์ ZIP อื่น</translation>
    </message>
    <message>
        <source>an old Excel (.xls) workbook or another Office file</source>
        <translation>สมุดงาน Excel รุ่นเก่า (.xls) หรือไฟล์ Office อื่น</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>รูปภาพ PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>รูปภาพ JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>รูปภาพ GIF</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>a binary file (it holds NUL bytes)</source>
        <translation>ไฟล์ไบนารี (มีไบต์ NUL)</translation>
    </message>
    <message>
        <source>The file is %1 MB; Khana reads lists of up to %2 MB (a roster of a million members is about 150 MB). Split it into parts and import them one after another.</source>
        <translation>ไฟล์มีขนาด %1 MB คณะอ่านรายชื่อได้ไม่เกิน %2 MB (ทะเบียนสมาชิกหนึ่งล้านคนมีขนาดประมาณ 150 MB) กรุณาแบ่งไฟล์เป็นส่วน ๆ แล้วนำเข้าทีละส่วน</translation>
    </message>
    <message>
        <source>This is not a text file but %1. Save the list as CSV (in Excel: Save As › CSV UTF-8) and import that.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ข้อความ แต่เป็น%1 กรุณาบันทึกรายชื่อเป็น CSV (ใน Excel: บันทึกเป็น › CSV UTF-8) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell runs on over %2 lines and holds what look like whole rows. A quote is probably missing or extra there; nothing was read.</source>
        <translation>บรรทัดที่ %1: ช่องที่อยู่ในเครื่องหมายคำพูดยาวต่อเนื่อง %2 บรรทัดและดูเหมือนมีทั้งแถวอยู่ข้างใน น่าจะมีเครื่องหมายคำพูดขาดหรือเกินตรงนั้น ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8, although the file says it is: a byte there is broken. Nothing was read.</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ UTF-8 ที่ถูกต้อง แม้ไฟล์จะระบุว่าเป็น UTF-8: มีไบต์เสียตรงนั้น ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text. Nothing was read.</source>
        <translation>ไฟล์ไม่ใช่ข้อความ UTF-16 ที่ถูกต้อง ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 (the rest of the file is): a byte there is broken. Nothing was read.</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ UTF-8 ที่ถูกต้อง (ส่วนอื่นของไฟล์ถูกต้อง): มีไบต์เสียตรงนั้น ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Thai Windows text (Windows-874): line %1 has a byte neither knows. Nothing was read.</source>
        <translation>ไฟล์ไม่ใช่ทั้ง UTF-8 และข้อความภาษาไทยแบบ Windows (Windows-874): บรรทัดที่ %1 มีไบต์ที่ไม่รู้จัก ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8. Nothing was read.</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ UTF-8 ที่ถูกต้อง ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters: this is not a list of rows. Nothing was read.</source>
        <translation>บรรทัดที่ %1 ยาวเกิน %2 ตัวอักษร: ไฟล์นี้ไม่ใช่รายการเป็นแถว ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Line %1: a quote opens a cell there and is never closed, so every line after it would be read as one cell. Remove the quote or close it; nothing was read.</source>
        <translation>บรรทัดที่ %1: มีเครื่องหมายคำพูดเปิดช่องแต่ไม่มีปิด ทุกบรรทัดหลังจากนั้นจะถูกอ่านเป็นช่องเดียว กรุณาลบหรือปิดเครื่องหมายคำพูดนั้น ไม่ได้อ่านข้อมูลใด</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>ยกเลิกการอ่านไฟล์แล้ว</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Usage: khana import roster|registrations|counts FILE [--workshop ID] [--dry-run] [--database PATH]</source>
        <translation>วิธีใช้: khana import roster|registrations|counts FILE [--workshop ID] [--dry-run] [--database PATH]</translation>
    </message>
    <message>
        <source>Say which workshop the registrations are for with --workshop ID.</source>
        <translation>ระบุการประชุมที่ลงทะเบียนด้วย --workshop ID</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>บรรทัด %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>%1 row(s) would be imported, %2 refused; nothing was written (--dry-run).</source>
        <translation>จะนำเข้าได้ %1 แถว ไม่รับ %2 แถว ยังไม่ได้เขียนข้อมูลใด (--dry-run)</translation>
    </message>
    <message>
        <source>%1 row(s) imported, %2 refused.</source>
        <translation>นำเข้าแล้ว %1 แถว ไม่รับ %2 แถว</translation>
    </message>
    <message>
        <source>Say which workshop (--workshop ID) or plan (--plan ID) to export.</source>
        <translation>ระบุการประชุม (--workshop ID) หรือแผน (--plan ID) ที่จะส่งออก</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>เขียน %1 แถวลงใน %2 แล้ว</translation>
    </message>
    <message>
        <source>Usage: khana export people|registrations|budget|plan|counts --output FILE.csv|FILE.xlsx [--workshop ID] [--plan ID] [--database PATH]</source>
        <translation>วิธีใช้: khana export people|registrations|budget|plan|counts --output FILE.csv|FILE.xlsx [--workshop ID] [--plan ID] [--database PATH]</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>There is no plan %1.</source>
        <translation>ไม่มีแผน %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>วันสิ้นสุดสมาชิกภาพ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>รหัสบัตร</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เวลาลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อรายการ</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>ความคืบหน้า (%)</translation>
    </message>
    <message>
        <source>Member counts</source>
        <translation>ยอดสมาชิก</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>ไม่มีการประชุม %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit cost (baht)</source>
        <translation>ราคาต่อหน่วย (บาท)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <source>Total (baht)</source>
        <translation>รวม (บาท)</translation>
    </message>
    <message>
        <source>Total from %1</source>
        <translation>รวมจาก%1</translation>
    </message>
    <message>
        <source>no source named</source>
        <translation>ไม่ระบุแหล่งงบประมาณ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวมทั้งสิ้น</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so nothing was written.</source>
        <translation>บันทึกการส่งออกลงในบันทึกการใช้งานไม่ได้ จึงไม่ได้เขียนไฟล์ใด ๆ</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>รหัสระเบียน</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่แฟ้มฐานข้อมูล</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a Khana database (it cannot be read as a database). It was left unchanged.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูลของคณะ (อ่านเป็นฐานข้อมูลไม่ได้) แฟ้มนี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not Khana. It was left unchanged.</source>
        <translation>%1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของคณะ แฟ้มนี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khana (data format %2; this Khana reads up to %3). Update Khana to open it. The file was left unchanged.</source>
        <translation>%1 ถูกบันทึกด้วยคณะรุ่นที่ใหม่กว่า (รูปแบบข้อมูล %2 แต่คณะรุ่นนี้อ่านได้ถึง %3) โปรดปรับรุ่นคณะก่อนเปิดแฟ้มนี้ แฟ้มนี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>Cannot configure the database connection: %1</source>
        <translation>ตั้งค่าการเชื่อมต่อฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>Updating the database failed; it was left as it was. Details: %1</source>
        <translation>ปรับปรุงฐานข้อมูลไม่สำเร็จ ฐานข้อมูลยังคงอยู่ในสภาพเดิม รายละเอียด: %1</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you alone.</source>
        <translation>ไม่สามารถตั้งให้ %1 อ่านได้เฉพาะคุณ</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2). Khana does not write into a damaged file: restore a backup, and keep this file for recovery.</source>
        <translation>%1 เสียหาย (การตรวจของ SQLite พบว่า: %2) คณะจะไม่เขียนลงในไฟล์ที่เสียหาย กรุณากู้คืนจากสำเนาสำรอง และเก็บไฟล์นี้ไว้เพื่อกู้ข้อมูล</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Khana, a backup or a sync tool). Close it there and try again. The file was left unchanged.</source>
        <translation>%1 ถูกโปรแกรมอื่นล็อกไว้ (คณะอีกหน้าต่างหนึ่ง โปรแกรมสำรองข้อมูล หรือโปรแกรมซิงก์) กรุณาปิดจากโปรแกรมนั้นแล้วลองอีกครั้ง ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. It was left unchanged.</source>
        <translation>อ่าน %1 ไม่ได้: %2 ไฟล์ไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The disk is full: Khana could not bring %1 up to date. It was left as it was; free some space and open it again.</source>
        <translation>ดิสก์เต็ม: คณะปรับปรุง %1 ให้เป็นรุ่นล่าสุดไม่ได้ ไฟล์ยังคงเดิม กรุณาเพิ่มพื้นที่ว่างแล้วเปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 can only be read, not written (the file or its folder is read-only), and this Khana needs to bring it up to date. It was left as it was.</source>
        <translation>%1 อ่านได้อย่างเดียว เขียนไม่ได้ (ไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว) และคณะรุ่นนี้ต้องปรับปรุงไฟล์ให้เป็นรุ่นล่าสุด ไฟล์ยังคงเดิม</translation>
    </message>
    <message>
        <source>%1 can only be read, not written (the file or its folder is read-only). You can open it read-only, to look at it and print from it.</source>
        <translation>%1 อ่านได้อย่างเดียว เขียนไม่ได้ (ไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว) คุณเปิดแบบอ่านอย่างเดียวได้ เพื่อดูข้อมูลและพิมพ์เอกสาร</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 was written by another version of Khana (data format %2; this Khana uses %3) and can only be read, so it cannot be brought up to date. Open it with that version, or copy it somewhere writable.</source>
        <translation>%1 ถูกบันทึกด้วยคณะรุ่นอื่น (รูปแบบข้อมูล %2 แต่คณะรุ่นนี้ใช้ %3) และอ่านได้อย่างเดียว จึงปรับให้เป็นรุ่นปัจจุบันไม่ได้ กรุณาเปิดด้วยคณะรุ่นนั้น หรือคัดลอกไปไว้ในที่ที่เขียนได้</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the name and folder; a new database is made with File › New database (or --create).</source>
        <translation>ไม่มีฐานข้อมูลที่ %1 โปรดตรวจชื่อและโฟลเดอร์ ฐานข้อมูลใหม่สร้างได้ด้วยเมนู แฟ้ม › ฐานข้อมูลใหม่ (หรือ --create)</translation>
    </message>
</context>
<context>
    <name>DateFormatter</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <source>This is not a date Khana can read. Type it like %1 or %2.</source>
        <translation>คณะอ่านข้อความนี้เป็นวันที่ไม่ได้ โปรดพิมพ์แบบ %1 หรือ %2</translation>
    </message>
    <message>
        <source>The year %1 is neither a Buddhist-Era year (from 2400) nor a Common-Era one (up to 2200).</source>
        <translation>ปี %1 ไม่ใช่ทั้งปีพุทธศักราช (ตั้งแต่ 2400) และปีคริสต์ศักราช (ไม่เกิน 2200)</translation>
    </message>
    <message>
        <source>There is no month %1: the month comes second, as in 3/5/2567.</source>
        <translation>ไม่มีเดือนที่ %1 โปรดพิมพ์เดือนไว้ตรงกลาง เช่น 3/5/2567</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation>เดือน%1 %2 มี %3 วัน</translation>
    </message>
    <message>
        <source>That date is a %1, not a %2.</source>
        <translation>วันที่นั้นตรงกับ%1 ไม่ใช่%2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database has no districts of Chiang Rai and Phayao.</source>
        <translation>ฐานข้อมูลไม่มีอำเภอของจังหวัดเชียงรายและพะเยา</translation>
    </message>
</context>
<context>
    <name>DistrictImporter</name>
    <message>
        <source>The provinces file needs the columns id and name_th.</source>
        <translation>แฟ้มจังหวัดต้องมีคอลัมน์ id และ name_th</translation>
    </message>
    <message>
        <source>Provinces not known to Khana: %1</source>
        <translation>จังหวัดที่คณะไม่รู้จัก: %1</translation>
    </message>
    <message>
        <source>The districts file needs the columns code (or id) and name_th.</source>
        <translation>แฟ้มอำเภอต้องมีคอลัมน์ code (หรือ id) และ name_th</translation>
    </message>
    <message>
        <source>The district code is empty.</source>
        <translation>ไม่มีรหัสอำเภอ</translation>
    </message>
    <message>
        <source>This district code appears twice in the file.</source>
        <translation>รหัสอำเภอนี้ซ้ำกันในแฟ้ม</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation>ไม่รู้จักจังหวัด &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Thai name is empty.</source>
        <translation>ไม่มีชื่อภาษาไทย</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <source>not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>ErasureCleanup</name>
    <message>
        <source>The search index could not be cleaned: %1</source>
        <translation>ล้างดัชนีค้นหาไม่ได้: %1</translation>
    </message>
    <message>
        <source>The database&apos;s journal could not be emptied: %1</source>
        <translation>ล้างบันทึกการเขียน (journal) ของฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be cleaned: %2</source>
        <translation>ล้างข้อมูลในสำรอง %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>ErasureStore</name>
    <message>
        <source>Someone else changed or removed this person after you opened them; nothing was erased.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบบุคคลนี้หลังจากที่คุณเปิดดู จึงยังไม่ได้ลบข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>บันทึกการเปลี่ยนแปลงไม่ได้: %1</translation>
    </message>
    <message>
        <source>A group number is 1 or more.</source>
        <translation>หมายเลขกลุ่มต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>Another group has this number.</source>
        <translation>มีกลุ่มอื่นใช้หมายเลขนี้แล้ว</translation>
    </message>
    <message>
        <source>Add the groups first.</source>
        <translation>โปรดเพิ่มกลุ่มก่อน</translation>
    </message>
    <message>
        <source>Write what the group concluded.</source>
        <translation>เขียนสิ่งที่กลุ่มสรุปได้</translation>
    </message>
    <message>
        <source>Someone else changed or removed this group after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบกลุ่มนี้หลังจากที่คุณเปิด: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Someone else changed or removed this outcome after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบข้อสรุปนี้หลังจากที่คุณเปิด: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>Growth</name>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 จาก %2 (%3%)</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>จำนวนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>Enter the date of the count.</source>
        <translation>กรุณาใส่วันที่นับจำนวน</translation>
    </message>
    <message>
        <source>The count is dated in the future.</source>
        <translation>วันที่นับจำนวนเป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>Choose the province or district.</source>
        <translation>กรุณาเลือกจังหวัดหรืออำเภอ</translation>
    </message>
    <message>
        <source>A target is a number above zero.</source>
        <translation>เป้าหมายต้องเป็นจำนวนที่มากกว่าศูนย์</translation>
    </message>
    <message>
        <source>Enter when the target starts and when it is due.</source>
        <translation>กรุณาใส่วันเริ่มและวันครบกำหนดของเป้าหมาย</translation>
    </message>
    <message>
        <source>The target is due before it starts.</source>
        <translation>วันครบกำหนดของเป้าหมายอยู่ก่อนวันเริ่ม</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>สมาชิกใหม่</translation>
    </message>
    <message>
        <source>Districts with a representative</source>
        <translation>อำเภอที่มีตัวแทน</translation>
    </message>
</context>
<context>
    <name>GrowthCharts</name>
    <message>
        <source>Members by month</source>
        <translation>จำนวนสมาชิกรายเดือน</translation>
    </message>
    <message>
        <source>Members on the roster</source>
        <translation>สมาชิกตามทะเบียน</translation>
    </message>
    <message>
        <source>Recorded counts</source>
        <translation>จำนวนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>ตามอัตราปัจจุบัน</translation>
    </message>
    <message>
        <source>New members by month</source>
        <translation>สมาชิกใหม่รายเดือน</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>สมาชิกใหม่</translation>
    </message>
    <message>
        <source>Members by district</source>
        <translation>สมาชิกรายอำเภอ</translation>
    </message>
    <message>
        <source>Members by province</source>
        <translation>สมาชิกรายจังหวัด</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Other districts</source>
        <translation>อำเภออื่น ๆ</translation>
    </message>
    <message>
        <source>Other provinces</source>
        <translation>จังหวัดอื่น ๆ</translation>
    </message>
    <message>
        <source>Districts with a representative by province</source>
        <translation>อำเภอที่มีตัวแทน แยกตามจังหวัด</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>อำเภอทั้งหมด</translation>
    </message>
    <message>
        <source>With a representative</source>
        <translation>มีตัวแทนแล้ว</translation>
    </message>
</context>
<context>
    <name>GrowthCommands</name>
    <message>
        <source>Record count</source>
        <translation>บันทึกจำนวนสมาชิก</translation>
    </message>
    <message>
        <source>Remove count</source>
        <translation>ลบจำนวนสมาชิก</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>ตั้งเป้าหมาย</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>ลบเป้าหมาย</translation>
    </message>
    <message>
        <source>Record election</source>
        <translation>บันทึกการเลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>Edit election</source>
        <translation>แก้ไขการเลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>Remove election</source>
        <translation>ลบการเลือกตั้งตัวแทน</translation>
    </message>
</context>
<context>
    <name>GrowthFigures</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; members on %2 (%3).</source>
        <translation>สมาชิก &lt;b&gt;%1&lt;/b&gt; คน ณ วันที่ %2 (%3)</translation>
    </message>
    <message>
        <source>from the roster</source>
        <translation>จากทะเบียนสมาชิก</translation>
    </message>
    <message>
        <source>a recorded count</source>
        <translation>จำนวนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>No members on the roster and no recorded counts for this place in this period.</source>
        <translation>ไม่มีสมาชิกในทะเบียนและไม่มีจำนวนที่บันทึกไว้สำหรับพื้นที่นี้ในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>%1 by %2: %3.</source>
        <translation>%1 ภายใน %2: %3</translation>
    </message>
    <message>
        <source>Reached.</source>
        <translation>บรรลุเป้าหมายแล้ว</translation>
    </message>
    <message>
        <source>Not reached by its due date.</source>
        <translation>ไม่ถึงเป้าหมายภายในวันครบกำหนด</translation>
    </message>
    <message>
        <source>Needs %1 a day; the current pace is %2 a day.</source>
        <translation>ต้องเพิ่มวันละ %1 ขณะที่อัตราปัจจุบันคือวันละ %2</translation>
    </message>
    <message>
        <source>At this pace it is reached on %1.</source>
        <translation>ด้วยอัตรานี้จะถึงเป้าหมายในวันที่ %1</translation>
    </message>
    <message>
        <source>At this pace it is not reached.</source>
        <translation>ด้วยอัตรานี้จะไม่ถึงเป้าหมาย</translation>
    </message>
    <message>
        <source>Districts with a representative: %1 of %2.</source>
        <translation>อำเภอที่มีตัวแทน: %1 จาก %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3, as counted on %4.</source>
        <translation>%1 ภายใน %2: %3 ตามยอดที่นับได้ ณ วันที่ %4</translation>
    </message>
</context>
<context>
    <name>GrowthStore</name>
    <message>
        <source>A count for this place and date is already recorded: replace it?</source>
        <translation>มีจำนวนของพื้นที่และวันที่นี้บันทึกไว้แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <source>Choose a district.</source>
        <translation>กรุณาเลือกอำเภอ</translation>
    </message>
    <message>
        <source>Enter the date of the election.</source>
        <translation>กรุณาใส่วันที่เลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>วาระสิ้นสุดก่อนวันเริ่มวาระ</translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>จำนวนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>Someone else changed or removed this election. Close this window and open it again.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบการเลือกตั้งนี้ โปรดปิดหน้าต่างนี้แล้วเปิดใหม่</translation>
    </message>
    <message>
        <source>Someone else changed or removed this election.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบการเลือกตั้งนี้แล้ว</translation>
    </message>
    <message>
        <source>Someone else changed this count meanwhile: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขยอดสมาชิกนี้ในระหว่างนั้น: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Someone else changed this target meanwhile: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขเป้าหมายนี้ในระหว่างนั้น: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>MemberCountImporter</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Province or district</source>
        <translation>จังหวัดหรืออำเภอ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>จำนวนสมาชิก</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>กรุณาเลือกคอลัมน์ของ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known province or district.</source>
        <translation>ไม่รู้จักจังหวัดหรืออำเภอ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This place and date are already on an earlier row.</source>
        <translation>พื้นที่และวันที่นี้มีอยู่แล้วในแถวก่อนหน้า</translation>
    </message>
    <message>
        <source>A count for this place and date is already recorded.</source>
        <translation>มีจำนวนของพื้นที่และวันที่นี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>The national ID number is empty.</source>
        <translation>ไม่ได้กรอกเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>A national ID number has digits only.</source>
        <translation>เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <source>A national ID number has 13 digits.</source>
        <translation>เลขประจำตัวประชาชนมี 13 หลัก</translation>
    </message>
    <message>
        <source>This is not a valid national ID number: the last digit does not match. Check for a mistyped digit.</source>
        <translation>เลขประจำตัวประชาชนไม่ถูกต้อง: หลักสุดท้าย (หลักตรวจสอบ) ไม่ตรง โปรดตรวจดูว่าพิมพ์ตัวเลขผิดหรือไม่</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Finding</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ข้อตกลง</translation>
    </message>
</context>
<context>
    <name>PackCommands</name>
    <message>
        <source>Wrote %1: “%2” with %3 registrations and %4 people (no national ids, no notes).</source>
        <translation>เขียน %1 แล้ว: “%2” มีการลงทะเบียน %3 รายการ และบุคคล %4 คน (ไม่มีเลขประจำตัวประชาชน ไม่มีบันทึก)</translation>
    </message>
    <message>
        <source>not merged</source>
        <translation>ไม่ได้รวม</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอการตัดสิน</translation>
    </message>
    <message>
        <source>note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The pack is not sealed with a passphrase (give one with --passphrase-stdin): anyone who can read the file can read its people.</source>
        <translation>ชุดข้อมูลนี้ไม่ได้ปิดผนึกด้วยรหัสผ่าน (ให้รหัสผ่านด้วย --passphrase-stdin) ผู้ใดที่อ่านไฟล์ได้ก็อ่านข้อมูลบุคคลในนั้นได้</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>รหัสผ่านของ %1: </translation>
    </message>
    <message>
        <source>Usage: khana pack make --workshop ID --output FILE [--label NAME] | khana pack merge FILE [--new-walk-ins] [--outcomes pack|office], with --database PATH or --server NAME, and --passphrase-stdin to seal or open a pack with a passphrase</source>
        <translation>วิธีใช้: khana pack make --workshop ID --output FILE [--label NAME] | khana pack merge FILE [--new-walk-ins] [--outcomes pack|office] พร้อม --database PATH หรือ --server NAME และ --passphrase-stdin เพื่อปิดผนึกหรือเปิดชุดข้อมูลด้วยรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>PackMerge</name>
    <message>
        <source>%1 is damaged or is not a workshop pack: nothing was merged.</source>
        <translation>%1 เสียหายหรือไม่ใช่ชุดข้อมูลงานประชุม: ไม่ได้รวมข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>%1 is a Khana database but not a workshop pack: nothing was merged.</source>
        <translation>%1 เป็นฐานข้อมูลคณะ แต่ไม่ใช่ชุดข้อมูลงานประชุม: ไม่ได้รวมข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>This pack was made by a newer Khana: bring it back with that version.</source>
        <translation>ชุดข้อมูลนี้ทำด้วยคณะรุ่นที่ใหม่กว่า: โปรดนำกลับด้วยรุ่นนั้น</translation>
    </message>
    <message>
        <source>The office has no record of this pack (its workshop may have been deleted): nothing was merged.</source>
        <translation>สำนักงานไม่มีบันทึกของชุดข้อมูลนี้ (งานประชุมอาจถูกลบไปแล้ว): ไม่ได้รวมข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>%1 (badge %2)</source>
        <translation>%1 (บัตร %2)</translation>
    </message>
    <message>
        <source>Corrected at the workshop, but changed or removed at the office meanwhile: the office&apos;s details are kept.</source>
        <translation>แก้ไขที่งานประชุม แต่ระหว่างนั้นสำนักงานได้แก้ไขหรือลบไปแล้ว: คงข้อมูลของสำนักงานไว้</translation>
    </message>
    <message>
        <source>Someone alike is in the office&apos;s people (the same phone or name): decide whether this walk-in is them.</source>
        <translation>มีคนที่คล้ายกันในรายชื่อของสำนักงาน (โทรศัพท์หรือชื่อเดียวกัน): โปรดตัดสินว่าผู้ลงทะเบียนหน้างานคนนี้เป็นคนเดียวกันหรือไม่</translation>
    </message>
    <message>
        <source>Taken as the office&apos;s person with the same name and phone.</source>
        <translation>ถือเป็นคนเดียวกับในรายชื่อของสำนักงานที่มีชื่อและโทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <source>The person chosen for this walk-in is no longer in the office&apos;s people: choose again.</source>
        <translation>คนที่เลือกไว้สำหรับผู้ลงทะเบียนหน้างานคนนี้ไม่อยู่ในรายชื่อของสำนักงานแล้ว: โปรดเลือกใหม่</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่ม %1</translation>
    </message>
    <message>
        <source>Made at the workshop while the office made a group of the same number: the two are one group.</source>
        <translation>ตั้งขึ้นที่งานประชุมขณะที่สำนักงานตั้งกลุ่มหมายเลขเดียวกัน: รวมเป็นกลุ่มเดียวกัน</translation>
    </message>
    <message>
        <source>Changed at the workshop, but removed at the office meanwhile.</source>
        <translation>แก้ไขที่งานประชุม แต่ระหว่างนั้นสำนักงานได้ลบไปแล้ว</translation>
    </message>
    <message>
        <source>Changed at the workshop and at the office: the office&apos;s version is kept.</source>
        <translation>แก้ไขทั้งที่งานประชุมและที่สำนักงาน: คงฉบับของสำนักงานไว้</translation>
    </message>
    <message>
        <source>A walk-in: merged once it is decided who they are.</source>
        <translation>ผู้ลงทะเบียนหน้างาน: จะรวมเมื่อตัดสินแล้วว่าเป็นใคร</translation>
    </message>
    <message>
        <source>Registered at the office too meanwhile: the two registrations are one.</source>
        <translation>ระหว่างนั้นสำนักงานได้ลงทะเบียนไว้ด้วย: รวมสองการลงทะเบียนเป็นหนึ่งเดียว</translation>
    </message>
    <message>
        <source>The badge code was given to someone else at the office meanwhile: the new code is %1.</source>
        <translation>ระหว่างนั้นสำนักงานได้ให้รหัสบัตรนี้กับคนอื่นแล้ว: รหัสใหม่คือ %1</translation>
    </message>
    <message>
        <source>No longer registered at the office: what this desk recorded for them was not merged.</source>
        <translation>ไม่ได้ลงทะเบียนไว้ที่สำนักงานแล้ว: ไม่ได้รวมสิ่งที่โต๊ะนี้บันทึกไว้</translation>
    </message>
    <message>
        <source>Cancelled at the office, but checked in at the workshop: counted as attended.</source>
        <translation>ยกเลิกไว้ที่สำนักงาน แต่ได้ลงชื่อเข้างานที่งานประชุม: นับว่าเข้าร่วม</translation>
    </message>
    <message>
        <source>Already checked in at %1 by %2; this desk&apos;s check-in at %3 (%4) is later: the earlier is kept.</source>
        <translation>ลงชื่อเข้างานแล้วเมื่อ %1 โดย %2 การลงชื่อของโต๊ะนี้เมื่อ %3 (%4) ช้ากว่า: คงครั้งที่เร็วกว่าไว้</translation>
    </message>
    <message>
        <source>Also checked in at %1 by %2, later: this desk&apos;s earlier check-in at %3 (%4) is kept.</source>
        <translation>ลงชื่อเข้างานอีกครั้งเมื่อ %1 โดย %2 ซึ่งช้ากว่า: คงการลงชื่อที่เร็วกว่าของโต๊ะนี้เมื่อ %3 (%4) ไว้</translation>
    </message>
    <message>
        <source>The check-in taken back at this desk is not the one the office holds (%1 by %2): that one is kept.</source>
        <translation>การลงชื่อเข้างานที่โต๊ะนี้ยกเลิกไม่ใช่ครั้งที่สำนักงานบันทึกไว้ (%1 โดย %2): คงครั้งนั้นไว้</translation>
    </message>
    <message>
        <source>Its status was changed at the office meanwhile: the office&apos;s is kept.</source>
        <translation>ระหว่างนั้นสำนักงานได้เปลี่ยนสถานะไปแล้ว: คงสถานะของสำนักงานไว้</translation>
    </message>
    <message>
        <source>A walk-in&apos;s group: merged once it is decided who they are.</source>
        <translation>กลุ่มของผู้ลงทะเบียนหน้างาน: จะรวมเมื่อตัดสินแล้วว่าเป็นใคร</translation>
    </message>
    <message>
        <source>Put in another group at the office meanwhile (or the group was removed there): the office&apos;s is kept.</source>
        <translation>ระหว่างนั้นสำนักงานได้จัดไว้ในกลุ่มอื่น (หรือลบกลุ่มไปแล้ว): คงของสำนักงานไว้</translation>
    </message>
    <message>
        <source>Changed at the workshop and at the office: decide which version to keep.</source>
        <translation>แก้ไขทั้งที่งานประชุมและที่สำนักงาน: โปรดเลือกว่าจะคงฉบับใด</translation>
    </message>
    <message>
        <source>Changed at the workshop and at the office: the office&apos;s version is kept, as chosen.</source>
        <translation>แก้ไขทั้งที่งานประชุมและที่สำนักงาน: คงฉบับของสำนักงานไว้ตามที่เลือก</translation>
    </message>
    <message>
        <source>Its group was removed at the office meanwhile: the outcome was not merged.</source>
        <translation>ระหว่างนั้นสำนักงานได้ลบกลุ่มไปแล้ว: ไม่ได้รวมผลสรุปนี้</translation>
    </message>
    <message>
        <source>This pack of “%1” was taken from another office database, not this one: nothing was merged. Bring it back into the database it was taken from.</source>
        <translation>ชุดข้อมูลของ “%1” นี้นำออกมาจากฐานข้อมูลของสำนักงานอื่น ไม่ใช่ฐานข้อมูลนี้: ไม่ได้รวมข้อมูลใดเลย โปรดนำกลับเข้าฐานข้อมูลที่นำออกมา</translation>
    </message>
    <message>
        <source>Merged %1 check-ins (%2 taken back), %3 status changes, %4 walk-ins (%5 of them already among the office&apos;s people), %6 changes to groups and %7 to who is in them, and %8 outcomes added, %9 changed and %10 removed.</source>
        <translation>รวมการลงชื่อเข้างาน %1 รายการ (ยกเลิก %2) การเปลี่ยนสถานะ %3 รายการ ผู้ลงทะเบียนหน้างาน %4 คน (%5 คนมีอยู่แล้วในรายชื่อของสำนักงาน) การเปลี่ยนแปลงกลุ่ม %6 รายการ และสมาชิกกลุ่ม %7 รายการ ผลสรุปเพิ่ม %8 แก้ไข %9 และลบ %10 รายการ</translation>
    </message>
    <message>
        <source>%1 not merged, each with its reason below.</source>
        <translation>ไม่ได้รวม %1 รายการ เหตุผลอยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>%1 wait for a decision; merge the pack again once it is made.</source>
        <translation>%1 รายการรอการตัดสิน: รวมชุดข้อมูลอีกครั้งเมื่อตัดสินแล้ว</translation>
    </message>
    <message>
        <source>%1 changes were merged before and were left as they are.</source>
        <translation>มี %1 การเปลี่ยนแปลงที่รวมไปก่อนแล้ว จึงคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Registered in a participant category the office has removed meanwhile: not merged.</source>
        <translation>ลงทะเบียนในประเภทผู้เข้าร่วมที่สำนักงานลบไปแล้วในระหว่างนั้น: ไม่ได้รวม</translation>
    </message>
    <message>
        <source>%1 is protected with a passphrase: give it to bring the pack back.</source>
        <translation>%1 ป้องกันด้วยรหัสผ่าน ต้องให้รหัสผ่านจึงจะนำชุดข้อมูลกลับได้</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>ยังไม่ได้รวมข้อมูลใด</translation>
    </message>
</context>
<context>
    <name>PackSeal</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is not a workshop pack protected with a passphrase.</source>
        <translation>%1 ไม่ใช่ชุดข้อมูลงานประชุมที่ป้องกันด้วยรหัสผ่าน</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. Check it (capital letters, Thai or English keyboard) and try again.</source>
        <translation>รหัสผ่านนี้เปิด %1 ไม่ได้ ตรวจดูอีกครั้ง (ตัวพิมพ์ใหญ่ แป้นพิมพ์ไทยหรืออังกฤษ) แล้วลองใหม่</translation>
    </message>
    <message>
        <source>%1 is damaged: its sealed contents are not whole. Nothing in it can be trusted; ask the office for a new pack.</source>
        <translation>%1 เสียหาย ข้อมูลที่ปิดผนึกไว้ไม่ครบถ้วน เชื่อถือข้อมูลในนั้นไม่ได้ ขอชุดข้อมูลใหม่จากสำนักงาน</translation>
    </message>
    <message>
        <source>%1 was sealed by a newer Khana: open it with that version.</source>
        <translation>%1 ปิดผนึกโดย Khana รุ่นที่ใหม่กว่า เปิดด้วยรุ่นนั้น</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>This Khana is missing its workshop pack schema.</source>
        <translation>คณะรุ่นนี้ไม่มีโครงสร้างของชุดข้อมูลงานประชุม</translation>
    </message>
    <message>
        <source>This workshop is no longer in the office database: no pack was made.</source>
        <translation>งานประชุมนี้ไม่อยู่ในฐานข้อมูลของสำนักงานแล้ว: ไม่ได้ทำชุดข้อมูล</translation>
    </message>
    <message>
        <source>The office database has no id for its packs yet: bring its schema up to date first.</source>
        <translation>ฐานข้อมูลของสำนักงานยังไม่มีรหัสสำหรับชุดข้อมูล: โปรดปรับโครงสร้างฐานข้อมูลให้เป็นปัจจุบันก่อน</translation>
    </message>
    <message>
        <source>The pack was made but could not be named %1: it is at %2.</source>
        <translation>ทำชุดข้อมูลแล้ว แต่ตั้งชื่อเป็น %1 ไม่ได้: ไฟล์อยู่ที่ %2</translation>
    </message>
    <message>
        <source>There is not enough memory to seal the pack with its passphrase.</source>
        <translation>หน่วยความจำไม่พอสำหรับปิดผนึกชุดข้อมูลด้วยรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No system keychain is available on this computer (%1), so Khana cannot remember the password; it asks for it each time.</source>
        <translation>เครื่องนี้ไม่มีพวงกุญแจของระบบ (%1) คณะจึงจำรหัสผ่านไม่ได้ และจะถามรหัสผ่านทุกครั้ง</translation>
    </message>
    <message>
        <source>The system keychain refused Khana (%1).</source>
        <translation>พวงกุญแจของระบบไม่อนุญาตให้คณะใช้ (%1)</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Not a member</source>
        <translation>ไม่ใช่สมาชิก</translation>
    </message>
    <message>
        <source>Annual member</source>
        <translation>สมาชิกรายปี</translation>
    </message>
    <message>
        <source>Lifetime member</source>
        <translation>สมาชิกตลอดชีพ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>ขาดต่ออายุ</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>ลาออก</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>เสียชีวิต</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>อาสาสมัคร</translation>
    </message>
    <message>
        <source>District representative</source>
        <translation>ตัวแทนประจำอำเภอ</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>สื่อมวลชน</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>กรอกชื่อบุคคล</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>ชื่อยาวเกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>Choose the province of this district.</source>
        <translation>เลือกจังหวัดของอำเภอนี้</translation>
    </message>
    <message>
        <source>A member needs a join date.</source>
        <translation>สมาชิกต้องมีวันที่สมัคร</translation>
    </message>
    <message>
        <source>The end date is before the join date.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันที่สมัคร</translation>
    </message>
    <message>
        <source>A lifetime membership has no end date.</source>
        <translation>สมาชิกตลอดชีพไม่มีวันสิ้นสุด</translation>
    </message>
    <message>
        <source>Unknown tag: %1</source>
        <translation>ไม่รู้จักป้ายกำกับ: %1</translation>
    </message>
    <message>
        <source>This holds a control character (an invisible code from a damaged file): retype it.</source>
        <translation>ช่องนี้มีอักขระควบคุม (รหัสที่มองไม่เห็นจากไฟล์ที่เสียหาย): กรุณาพิมพ์ใหม่</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>ไม่มีบุคคลนี้แล้ว</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message numerus="yes">
        <source>Import roster (%n people)</source>
        <translation>
            <numerusform>นำเข้าทะเบียนสมาชิก (%n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else saved %1 since; undoing or redoing here would overwrite their change, so nothing was changed.</source>
        <translation>มีผู้อื่นบันทึก %1 หลังจากนั้น การเลิกทำหรือทำซ้ำตรงนี้จะเขียนทับการแก้ไขของเขา จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
</context>
<context>
    <name>PersonErasure</name>
    <message>
        <source>Their name, phone, national ID, address, notes, tags, consent decisions and breakout groups are removed for good; undo cannot bring them back.</source>
        <translation>ชื่อ โทรศัพท์ เลขประจำตัวประชาชน ที่อยู่ หมายเหตุ แท็ก การให้ความยินยอม และกลุ่มย่อยของบุคคลนี้จะถูกลบถาวร เลิกทำ (Undo) เพื่อนำกลับมาไม่ได้</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>ลบข้อมูลบุคคลนี้ตามคำขอ</translation>
    </message>
    <message>
        <source>This person is no longer in the database.</source>
        <translation>ไม่มีบุคคลนี้ในฐานข้อมูลแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop registration(s), counted in attendance and quotas as before</source>
        <translation>
            <numerusform>การลงทะเบียนอบรม %n รายการ ยังนับในยอดผู้เข้าร่วมและโควตาเหมือนเดิม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n election(s), with their votes, without the person elected</source>
        <translation>
            <numerusform>การเลือกตั้ง %n ครั้ง พร้อมคะแนนเสียง โดยไม่ระบุผู้ได้รับเลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan activity(ies), without them as lead</source>
        <translation>
            <numerusform>กิจกรรมในแผน %n รายการ โดยไม่ระบุบุคคลนี้เป็นผู้รับผิดชอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail&apos;s %n entry(ies) about them, which name their record number only</source>
        <translation>
            <numerusform>บันทึกการตรวจสอบ %n รายการที่เกี่ยวกับบุคคลนี้ ซึ่งระบุเพียงเลขระเบียน</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1 from Khana?</source>
        <translation>ลบข้อมูลของ %1 ออกจาก Khana หรือไม่</translation>
    </message>
    <message>
        <source>Kept without their name, so that the office&apos;s figures stay right:</source>
        <translation>สิ่งที่เก็บไว้โดยไม่มีชื่อ เพื่อให้ตัวเลขของสำนักงานยังถูกต้อง:</translation>
    </message>
    <message>
        <source>Copies outside this database are not reached: exported files, printed lists and workshop packs taken offline. Ask whoever holds them to destroy them.</source>
        <translation>สำเนานอกฐานข้อมูลนี้จะไม่ถูกลบ ได้แก่ ไฟล์ที่ส่งออก รายชื่อที่พิมพ์ และชุดข้อมูลงานอบรมที่นำไปใช้แบบออฟไลน์ โปรดขอให้ผู้ที่ถือสำเนาเหล่านั้นทำลายเสีย</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>ลบข้อมูล (&amp;E)</translation>
    </message>
    <message>
        <source>Erased %1; no copy Khana keeps holds their details.</source>
        <translation>ลบข้อมูลของ %1 แล้ว ไม่มีสำเนาใดที่ Khana เก็บไว้มีรายละเอียดของบุคคลนี้</translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation>ลบข้อมูลของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Removing the erased details from the search index and the backups…</source>
        <translation>กำลังล้างรายละเอียดที่ลบออกจากดัชนีค้นหาและไฟล์สำรอง…</translation>
    </message>
    <message>
        <source>Khana tries again the next time a person is erased.</source>
        <translation>Khana จะลองอีกครั้งเมื่อมีการลบข้อมูลบุคคลครั้งถัดไป</translation>
    </message>
    <message>
        <source>The person is erased, but the search index and backups could not be cleaned of them: %1</source>
        <translation>ลบข้อมูลบุคคลแล้ว แต่ล้างดัชนีค้นหาและไฟล์สำรองไม่ได้: %1</translation>
    </message>
    <message>
        <source>The person is erased. Cleaning the search index and the backups was stopped; until it is done they may still hold the person&apos;s details.</source>
        <translation>ลบข้อมูลบุคคลแล้ว แต่การล้างดัชนีค้นหาและไฟล์สำรองถูกหยุดไว้ จนกว่าจะล้างเสร็จ อาจยังมีรายละเอียดของบุคคลนี้อยู่</translation>
    </message>
    <message>
        <source>The backups are cleaned, but that could not be noted in the database.</source>
        <translation>ล้างไฟล์สำรองแล้ว แต่บันทึกเรื่องนี้ลงฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The person is erased and the backups are cleaned. The database&apos;s journal still holds the earlier pages while another window reads them; it is emptied when Khana closes.</source>
        <translation>ลบข้อมูลบุคคลและล้างไฟล์สำรองแล้ว บันทึกการเขียน (journal) ของฐานข้อมูลยังมีหน้าข้อมูลเดิมอยู่ขณะที่หน้าต่างอื่นยังอ่านอยู่ และจะถูกล้างเมื่อปิด Khana</translation>
    </message>
    <message>
        <source>the audit trail&apos;s entries about them, which name their record number only</source>
        <translation>บันทึกการตรวจสอบที่เกี่ยวกับบุคคลนี้ ซึ่งระบุเพียงเลขระเบียน</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <source>There is no person %1 that you may read.</source>
        <translation>ไม่มีบุคคลหมายเลข %1 ที่คุณมีสิทธิ์อ่าน</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>อ่านบันทึกการตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>ข้อมูลส่วนบุคคลของ %1 ที่เก็บไว้</translation>
    </message>
    <message>
        <source>Made on %1 by %2, at the person&apos;s request (PDPA sections 30 and 31).</source>
        <translation>จัดทำเมื่อ %1 โดย %2 ตามคำขอของเจ้าของข้อมูล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 30 และ 31)</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>ข้อมูลบุคคล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>(not shown to this login&apos;s role)</source>
        <translation>(ไม่แสดงแก่บทบาทของผู้ใช้นี้)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>วันสิ้นสุดสมาชิกภาพ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Workshops and check-ins</source>
        <translation>การประชุมและการลงทะเบียนเข้างาน</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>ลงทะเบียนเข้างาน</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>No registrations.</source>
        <translation>ไม่มีการลงทะเบียน</translation>
    </message>
    <message>
        <source>Elected as district representative</source>
        <translation>ได้รับเลือกเป็นตัวแทนอำเภอ</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>วันที่เลือกตั้ง</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>วาระตั้งแต่</translation>
    </message>
    <message>
        <source>Term to</source>
        <translation>วาระถึง</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนความยินยอม</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>วันที่ตัดสินใจ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>วิธีที่แจ้ง</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>ฉบับของข้อความ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Consent now</source>
        <translation>ความยินยอมในปัจจุบัน</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>ไม่มีการบันทึกความยินยอม</translation>
    </message>
    <message>
        <source>statement version %1</source>
        <translation>ข้อความฉบับที่ %1</translation>
    </message>
    <message>
        <source>Every consent decision recorded</source>
        <translation>การตัดสินใจเรื่องความยินยอมทุกครั้งที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Audit trail about this person</source>
        <translation>บันทึกการตรวจสอบเกี่ยวกับบุคคลนี้</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>ไม่ได้รวมไว้: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>ไม่มีรายการ</translation>
    </message>
    <message>
        <source>The audit trail could not record the request, so nothing was written: %1</source>
        <translation>บันทึกการตรวจสอบบันทึกคำขอนี้ไม่ได้ จึงไม่ได้เขียนแฟ้มใด: %1</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>Unknown province.</source>
        <translation>ไม่รู้จักจังหวัดนี้</translation>
    </message>
    <message>
        <source>This district is not in the chosen province.</source>
        <translation>อำเภอนี้ไม่ได้อยู่ในจังหวัดที่เลือก</translation>
    </message>
    <message>
        <source>Another person already has this member number.</source>
        <translation>เลขสมาชิกนี้มีผู้อื่นใช้แล้ว</translation>
    </message>
    <message>
        <source>Another person already has this national ID number.</source>
        <translation>เลขประจำตัวประชาชนนี้มีอยู่แล้วในบุคคลอื่น</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this person after you opened it; nothing was deleted.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบข้อมูลบุคคลนี้หลังจากที่คุณเปิดไว้ จึงยังไม่ได้ลบสิ่งใด</translation>
    </message>
    <message>
        <source>Someone deleted %1 while the list was being imported.</source>
        <translation>มีผู้ลบ %1 ระหว่างที่กำลังนำเข้ารายชื่อ</translation>
    </message>
    <message>
        <source>Some of the people in this import were changed or deleted since; nothing was taken back.</source>
        <translation>มีบางคนในการนำเข้านี้ถูกแก้ไขหรือลบไปแล้วหลังการนำเข้า จึงไม่ได้ย้อนกลับสิ่งใด</translation>
    </message>
    <message>
        <source>Some of the people this import added are now registered for a workshop or elected; nothing was taken back.</source>
        <translation>มีบางคนที่การนำเข้านี้เพิ่มไว้ ได้ลงทะเบียนการประชุมหรือได้รับเลือกเป็นตัวแทนแล้ว จึงไม่ได้ย้อนกลับสิ่งใด</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this person after you opened it. Nothing was overwritten.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบบุคคลนี้หลังจากที่คุณเปิดขึ้นมา ไม่มีสิ่งใดถูกเขียนทับ</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This is not a phone number in use: a Thai mobile has 10 digits (08x-xxx-xxxx), a landline 9 with its area code (02-xxx-xxxx, 053-xxx-xxx); a number from abroad starts with + and its country code.</source>
        <translation>หมายเลขนี้ไม่ใช่หมายเลขโทรศัพท์ที่ใช้งานได้: โทรศัพท์มือถือในไทยมี 10 หลัก (08x-xxx-xxxx) โทรศัพท์บ้านมี 9 หลักพร้อมรหัสพื้นที่ (02-xxx-xxxx, 053-xxx-xxx) หมายเลขต่างประเทศขึ้นต้นด้วย + และรหัสประเทศ</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>ถูกแทนที่แล้ว</translation>
    </message>
    <message>
        <source>Strategic issue</source>
        <translation>ประเด็นยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Objective or work area</source>
        <translation>เป้าประสงค์/ด้านงาน</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1ที่ %2</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 ลงวันที่ %2</translation>
    </message>
    <message>
        <source>Enter the plan&apos;s title.</source>
        <translation>กรอกชื่อแผน</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>ระยะเวลาสิ้นสุดก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>กรอกชื่อ</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่ม</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>งบประมาณติดลบไม่ได้</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>ความก้าวหน้าเป็นร้อยละตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>ค่าเป้าหมายติดลบไม่ได้</translation>
    </message>
    <message>
        <source>The number of beneficiaries cannot be negative.</source>
        <translation>จำนวนผู้รับประโยชน์ติดลบไม่ได้</translation>
    </message>
</context>
<context>
    <name>PlanCodes</name>
    <message>
        <source>Thai fiscal year (October to September)</source>
        <translation>ปีงบประมาณ (ตุลาคม ถึง กันยายน)</translation>
    </message>
    <message>
        <source>Calendar year (January to December)</source>
        <translation>ปีปฏิทิน (มกราคม ถึง ธันวาคม)</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>%1 No. %2</source>
        <translation>%1ที่ %2</translation>
    </message>
    <message>
        <source>%1 dated %2</source>
        <translation>%1 ลงวันที่ %2</translation>
    </message>
    <message>
        <source>implementing %1</source>
        <translation>ดำเนินการตาม%1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>ระยะเวลา: %1 ถึง %2</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation>วิสัยทัศน์:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>แผนปฏิบัติงาน</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Issue / objective / project / activity</source>
        <translation>ประเด็น / เป้าประสงค์ / โครงการ / กิจกรรม</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Indicator and target</source>
        <translation>ตัวชี้วัดและค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>ภาคี: %1</translation>
    </message>
    <message>
        <source>Beneficiaries: %1 %2</source>
        <translation>ผู้รับประโยชน์: %1 %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>ผล / เป้าหมาย</translation>
    </message>
    <message>
        <source>Cause of delay</source>
        <translation>สาเหตุความล่าช้า</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>แนวทางแก้ไข</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>ทิศทางไตรมาสถัดไป</translation>
    </message>
    <message>
        <source>(carried forward)</source>
        <translation>(ยกมาจากไตรมาสก่อน)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Activities reviewed: %1; done: %2; delayed: %3.</source>
        <translation>กิจกรรมที่ทบทวน %1 รายการ แล้วเสร็จ %2 ล่าช้า %3</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2.</source>
        <translation>บรรลุเป้าหมาย %1 จาก %2</translation>
    </message>
    <message>
        <source>Delays by cause</source>
        <translation>ความล่าช้าตามสาเหตุ</translation>
    </message>
    <message>
        <source>Delays by unit</source>
        <translation>ความล่าช้าตามหน่วยงาน</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>Total budget: %1 baht (%2)</source>
        <translation>งบประมาณรวมทั้งสิ้น %1 บาท (%2)</translation>
    </message>
    <message>
        <source>Quarterly review: %1</source>
        <translation>รายงานการทบทวนผลการดำเนินงาน %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>ไม่มีรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>ย้าย %1</translation>
    </message>
    <message>
        <source>Someone else has changed %1 since; undoing would replace their changes, so nothing was changed.</source>
        <translation>มีผู้อื่นแก้ไข %1 ไปแล้ว การย้อนกลับจะแทนที่การแก้ไขของเขา จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>ไม่มีแผนนี้แล้ว</translation>
    </message>
    <message>
        <source>The parent item no longer exists.</source>
        <translation>ไม่มีรายการแม่แล้ว</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1อยู่ภายใต้%2ไม่ได้</translation>
    </message>
    <message>
        <source>Only strategic issues stand at the top of the framework.</source>
        <translation>ระดับบนสุดของกรอบแผนต้องเป็นประเด็นยุทธศาสตร์เท่านั้น</translation>
    </message>
    <message>
        <source>Someone else changed or removed this item; nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบรายการนี้ จึงยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>ไม่มีรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>An item cannot be moved under itself or one of its own parts.</source>
        <translation>ย้ายรายการไปไว้ใต้ตัวเองหรือรายการย่อยของตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has quarterly review history and cannot be deleted: set its status to cancelled instead.</source>
        <translation>&quot;%1&quot; มีประวัติการทบทวนรายไตรมาส จึงลบไม่ได้ โปรดเปลี่ยนสถานะเป็นยกเลิกแทน</translation>
    </message>
    <message>
        <source>Someone else changed the plan after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขแผนหลังจากที่คุณเปิด: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>PrintPlanCommand</name>
    <message>
        <source>Say where to write the PDF with --output FILE.</source>
        <translation>ระบุแฟ้ม PDF ที่จะเขียนด้วย --output FILE</translation>
    </message>
    <message>
        <source>There is no plan %1 in %2.</source>
        <translation>ไม่มีแผน %1 ใน %2</translation>
    </message>
    <message>
        <source>The plan has no review of quarter %1.</source>
        <translation>แผนนี้ไม่มีการทบทวนไตรมาส %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Say which plan to print with --plan ID.</source>
        <translation>ระบุแผนที่จะพิมพ์ด้วย --plan ID</translation>
    </message>
    <message>
        <source>The database has no plan yet.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีแผน</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>แผนที่มี:</translation>
    </message>
</context>
<context>
    <name>PrintStyle</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <source>Quarter %1, fiscal year %2</source>
        <translation>ไตรมาส %1 ปีงบประมาณ %2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>ไตรมาส %1/%2</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Saved %1 people, %2 registrations, %3 plan items and %4 member counts.</source>
        <translation>กู้ได้บุคคล %1 คน การลงทะเบียน %2 รายการ รายการในแผน %3 รายการ และยอดสมาชิก %4 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged place(s) could not be read: rows stored there are lost.</source>
        <translation>
            <numerusform>อ่านส่วนที่เสียหายไม่ได้ %n แห่ง: ข้อมูลที่เก็บอยู่ตรงนั้นสูญหาย</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row(s) were left out because what they belong to was lost.</source>
        <translation>ไม่ได้นำ %1 แถวมาด้วย เพราะข้อมูลที่แถวเหล่านั้นสังกัดอยู่สูญหายไปแล้ว</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file for what is recovered.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว กรุณาเลือกไฟล์ใหม่สำหรับข้อมูลที่กู้ได้</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Nothing can be recovered from %1: the list of its tables is damaged or it is not a Khana database.</source>
        <translation>กู้ข้อมูลจาก %1 ไม่ได้เลย: รายการตารางในไฟล์เสียหาย หรือไฟล์นี้ไม่ใช่ฐานข้อมูลของคณะ</translation>
    </message>
    <message>
        <source>The recovered copy did not pass SQLite&apos;s check (%1); it was not kept.</source>
        <translation>สำเนาที่กู้ได้ไม่ผ่านการตรวจของ SQLite (%1) จึงไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>Khana can save what is still readable into a new file. The damaged file is only read, and kept as it is.</source>
        <translation>คณะสามารถกู้ข้อมูลส่วนที่ยังอ่านได้ไปไว้ในไฟล์ใหม่ โดยจะอ่านไฟล์ที่เสียหายเท่านั้นและเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>&amp;Recover into a new file…</source>
        <translation>กู้ข้อมูลไปไว้ในไฟล์ใหม่… (&amp;R)</translation>
    </message>
    <message>
        <source>Recover into a new file</source>
        <translation>กู้ข้อมูลไปไว้ในไฟล์ใหม่</translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite)</source>
        <translation>ฐานข้อมูลคณะ (*.sqlite)</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>กำลังกู้ข้อมูลส่วนที่อ่านได้…</translation>
    </message>
    <message>
        <source>The recovered database %1 is written.</source>
        <translation>เขียนฐานข้อมูลที่กู้ได้ไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>เปิดฐานข้อมูลนี้เลยหรือไม่</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Line %1 of the shipped districts: %2</source>
        <translation>บรรทัดที่ %1 ของรายชื่ออำเภอที่มากับคณะ: %2</translation>
    </message>
    <message>
        <source>The shipped district list is empty.</source>
        <translation>รายชื่ออำเภอที่มากับคณะว่างเปล่า</translation>
    </message>
    <message>
        <source>District %1 (%2): %3</source>
        <translation>อำเภอ %1 (%2): %3</translation>
    </message>
    <message>
        <source>The district import could not be recorded in the audit log.</source>
        <translation>บันทึกการนำเข้าอำเภอลงในบันทึกการใช้งานไม่ได้</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>North</source>
        <translation>ภาคเหนือ</translation>
    </message>
    <message>
        <source>Northeast</source>
        <translation>ภาคตะวันออกเฉียงเหนือ</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>ภาคกลาง</translation>
    </message>
    <message>
        <source>East</source>
        <translation>ภาคตะวันออก</translation>
    </message>
    <message>
        <source>West</source>
        <translation>ภาคตะวันตก</translation>
    </message>
    <message>
        <source>South</source>
        <translation>ภาคใต้</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Invited</source>
        <translation>เชิญแล้ว</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>มาร่วมแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>RegistrationImporter</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ-สกุล (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>ประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>เลือกคอลัมน์ที่เป็นชื่อ</translation>
    </message>
    <message>
        <source>Choose the category column, or a category for everyone.</source>
        <translation>เลือกคอลัมน์ประเภทผู้เข้าร่วม หรือเลือกประเภทเดียวสำหรับทุกคน</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation>ไม่รู้จักจังหวัด &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No category.</source>
        <translation>ไม่มีประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot; for this workshop.</source>
        <translation>การประชุมนี้ไม่มีประเภทผู้เข้าร่วม &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Already registered for this workshop.</source>
        <translation>ลงทะเบียนการประชุมนี้แล้ว</translation>
    </message>
    <message>
        <source>The same person appears twice in the file.</source>
        <translation>บุคคลเดียวกันปรากฏสองครั้งในแฟ้ม</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationStore</name>
    <message>
        <source>Choose a person.</source>
        <translation>เลือกบุคคล</translation>
    </message>
    <message>
        <source>This person is already registered for this workshop.</source>
        <translation>บุคคลนี้ลงทะเบียนในการประชุมนี้แล้ว</translation>
    </message>
    <message>
        <source>Choose one of this workshop&apos;s participant categories.</source>
        <translation>เลือกประเภทผู้เข้าร่วมของการประชุมนี้</translation>
    </message>
    <message>
        <source>The check-in could not be taken back: this person is not checked in.</source>
        <translation>ยกเลิกการเช็กอินไม่ได้: บุคคลนี้ยังไม่ได้เช็กอิน</translation>
    </message>
    <message>
        <source>This registration no longer exists: nothing was changed.</source>
        <translation>การลงทะเบียนนี้ไม่มีอยู่แล้ว: ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <source>Last 12 months</source>
        <translation>12 เดือนล่าสุด</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>RetentionStore</name>
    <message>
        <source>A period is between 0 (not reviewed) and 1,200 months.</source>
        <translation>ระยะเวลาต้องอยู่ระหว่าง 0 (ไม่ทบทวน) ถึง 1,200 เดือน</translation>
    </message>
    <message>
        <source>Keep a person for one month or more.</source>
        <translation>เก็บข้อมูลบุคคลไว้ต่ออย่างน้อยหนึ่งเดือน</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>The actual value cannot be negative.</source>
        <translation>ผลการดำเนินงานติดลบไม่ได้</translation>
    </message>
    <message>
        <source>Say why the activity is delayed.</source>
        <translation>ระบุสาเหตุที่กิจกรรมล่าช้า</translation>
    </message>
    <message>
        <source>(no cause given)</source>
        <translation>(ไม่ระบุสาเหตุ)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
    <message>
        <source>Someone else changed this review line after you opened it: nothing was saved.</source>
        <translation>มีผู้อื่นแก้ไขรายการทบทวนนี้หลังจากที่คุณเปิด: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>วันสิ้นสุดสมาชิกภาพ</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>เลือกคอลัมน์ที่มีชื่อ</translation>
    </message>
    <message>
        <source>Unknown province &quot;%1&quot;.</source>
        <translation>ไม่รู้จักจังหวัด &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown district &quot;%1&quot;: give its code, or its province too.</source>
        <translation>ไม่รู้จักอำเภอ &quot;%1&quot;: ให้ระบุรหัสอำเภอ หรือระบุจังหวัดด้วย</translation>
    </message>
    <message>
        <source>No district &quot;%1&quot; in this province.</source>
        <translation>ไม่มีอำเภอ &quot;%1&quot; ในจังหวัดนี้</translation>
    </message>
    <message>
        <source>District %1 is not in this province.</source>
        <translation>อำเภอ %1 ไม่ได้อยู่ในจังหวัดนี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a membership type (annual or lifetime).</source>
        <translation>&quot;%1&quot; ไม่ใช่ประเภทสมาชิก (รายปี หรือ ตลอดชีพ)</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, lapsed, resigned or deceased).</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะ (ปกติ ขาดต่ออายุ ลาออก หรือ เสียชีวิต)</translation>
    </message>
    <message>
        <source>Member no. %1 belongs to someone else in People.</source>
        <translation>เลขสมาชิก %1 เป็นของบุคคลอื่นในรายชื่อบุคคล</translation>
    </message>
    <message>
        <source>This person&apos;s member no. in People is %1.</source>
        <translation>เลขสมาชิกของบุคคลนี้ในรายชื่อบุคคลคือ %1</translation>
    </message>
    <message>
        <source>This member no. belongs to a person with another national ID.</source>
        <translation>เลขสมาชิกนี้เป็นของบุคคลที่มีเลขประจำตัวประชาชนอื่น</translation>
    </message>
    <message>
        <source>This person is already on an earlier row.</source>
        <translation>บุคคลนี้อยู่ในแถวก่อนหน้าแล้ว</translation>
    </message>
    <message>
        <source>Also on row %1.</source>
        <translation>ซ้ำกับแถวที่ %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูลใดเลย: %1</translation>
    </message>
    <message>
        <source>Some of the people to update were deleted meanwhile.</source>
        <translation>บางคนที่จะปรับปรุงข้อมูลถูกลบไปในระหว่างนั้น</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>SealedPack</name>
    <message>
        <source>The change could not be kept in the workshop pack, so it was not saved: %1</source>
        <translation>เก็บการเปลี่ยนแปลงลงในชุดข้อมูลงานประชุมไม่ได้ จึงยังไม่ได้บันทึก: %1</translation>
    </message>
</context>
<context>
    <name>SeedConsent</name>
    <message>
        <source>Membership records</source>
        <translation>การเก็บข้อมูลสมาชิก</translation>
    </message>
    <message>
        <source>I agree that the party keeps my name, contact details and membership to manage my membership.</source>
        <translation>ข้าพเจ้ายินยอมให้พรรคเก็บชื่อ ข้อมูลติดต่อ และข้อมูลสมาชิกภาพของข้าพเจ้า เพื่อการบริหารสมาชิก</translation>
    </message>
    <message>
        <source>Contact by phone and LINE</source>
        <translation>ติดต่อทางโทรศัพท์และไลน์</translation>
    </message>
    <message>
        <source>I agree to be contacted by phone and LINE about the party&apos;s activities.</source>
        <translation>ข้าพเจ้ายินยอมให้ติดต่อทางโทรศัพท์และไลน์เรื่องกิจกรรมของพรรค</translation>
    </message>
    <message>
        <source>Photos at events</source>
        <translation>ภาพถ่ายในกิจกรรม</translation>
    </message>
    <message>
        <source>I agree that photos of me taken at events may be published by the party.</source>
        <translation>ข้าพเจ้ายินยอมให้พรรคเผยแพร่ภาพถ่ายของข้าพเจ้าที่ถ่ายในกิจกรรม</translation>
    </message>
    <message>
        <source>Sharing with the national party</source>
        <translation>ส่งข้อมูลให้พรรคส่วนกลาง</translation>
    </message>
    <message>
        <source>I agree that the provincial team sends my name and membership to the national party office.</source>
        <translation>ข้าพเจ้ายินยอมให้คณะทำงานจังหวัดส่งชื่อและข้อมูลสมาชิกภาพของข้าพเจ้าให้สำนักงานพรรคส่วนกลาง</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>รหัสผ่านของ %1 บนเซิร์ฟเวอร์: </translation>
    </message>
    <message>
        <source>Set up an office server for Khana and add staff logins.</source>
        <translation>ตั้งค่าเซิร์ฟเวอร์สำนักงานสำหรับคณะ และเพิ่มบัญชีเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or its socket folder.</source>
        <translation>ชื่อหรือที่อยู่ของเซิร์ฟเวอร์ หรือโฟลเดอร์ซ็อกเก็ต</translation>
    </message>
    <message>
        <source>The server&apos;s port.</source>
        <translation>พอร์ตของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Connect as &lt;user&gt; (default: your operating-system user).</source>
        <translation>เชื่อมต่อในนาม &lt;user&gt; (ค่าเริ่มต้น: ผู้ใช้ของระบบปฏิบัติการ)</translation>
    </message>
    <message>
        <source>Khana&apos;s database on the server.</source>
        <translation>ฐานข้อมูลของคณะบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>TLS: disable, require, verify-ca or verify-full.</source>
        <translation>TLS: disable, require, verify-ca หรือ verify-full</translation>
    </message>
    <message>
        <source>The new login&apos;s role: admin, coordinator, staff, facilitator or viewer.</source>
        <translation>บทบาทของบัญชีใหม่: admin, coordinator, staff, facilitator หรือ viewer</translation>
    </message>
    <message>
        <source>A province the login works in (TH-57), or * for every province; repeat for more.</source>
        <translation>จังหวัดที่บัญชีนี้ทำงาน (TH-57) หรือ * สำหรับทุกจังหวัด ระบุซ้ำได้หลายครั้ง</translation>
    </message>
    <message>
        <source>A workshop a facilitator is assigned to; repeat for more.</source>
        <translation>การประชุมที่ผู้ดำเนินกระบวนการได้รับมอบหมาย ระบุซ้ำได้หลายครั้ง</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from standard input.</source>
        <translation>อ่านรหัสผ่านของบัญชีใหม่จากอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <source>The server is ready for Khana: add staff logins with &quot;khana server add-user&quot;.</source>
        <translation>เซิร์ฟเวอร์พร้อมใช้กับคณะแล้ว เพิ่มบัญชีเจ้าหน้าที่ด้วย &quot;khana server add-user&quot;</translation>
    </message>
    <message>
        <source>khana server add-user: say the login&apos;s role with --role (%1).</source>
        <translation>khana server add-user: ระบุบทบาทของบัญชีด้วย --role (%1)</translation>
    </message>
    <message>
        <source>khana server add-user: say the provinces a staff login or coordinator works in with --province TH-57 (or * for every province).</source>
        <translation>khana server add-user: ระบุจังหวัดที่เจ้าหน้าที่หรือผู้ประสานงานทำงานด้วย --province TH-57 (หรือ * สำหรับทุกจังหวัด)</translation>
    </message>
    <message>
        <source>khana server add-user: say the workshops a facilitator is assigned to with --workshop ID.</source>
        <translation>khana server add-user: ระบุการประชุมที่ผู้ดำเนินกระบวนการได้รับมอบหมายด้วย --workshop ID</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>รหัสผ่านสำหรับ %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง: </translation>
    </message>
    <message>
        <source>khana server add-user: the two passwords differ; nothing was changed.</source>
        <translation>khana server add-user: รหัสผ่านทั้งสองไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 เข้าสู่ระบบในบทบาท %2 ได้แล้ว</translation>
    </message>
    <message>
        <source>Usage: khana server init | khana server add-user LOGIN --role ROLE [--province CODE] [--workshop ID]</source>
        <translation>วิธีใช้: khana server init | khana server add-user LOGIN --role ROLE [--province CODE] [--workshop ID]</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>The server at %1 did not accept the user name %2 with this password. Check both and try again.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 ไม่ยอมรับชื่อผู้ใช้ %2 กับรหัสผ่านนี้ ตรวจสอบทั้งสองอย่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made (%2). With &quot;verify-full&quot; the server&apos;s certificate must be signed by an authority this computer trusts and name the server as %3; ask whoever runs the server.</source>
        <translation>เชื่อมต่อแบบปลอดภัยกับ %1 ไม่ได้ (%2) เมื่อใช้ &quot;verify-full&quot; ใบรับรองของเซิร์ฟเวอร์ต้องลงนามโดยผู้ออกใบรับรองที่เครื่องนี้เชื่อถือ และระบุชื่อเซิร์ฟเวอร์เป็น %3 โปรดสอบถามผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2. Check the name, or set the server up with &quot;khana server init&quot;.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 ไม่มีฐานข้อมูลชื่อ %2 ตรวจสอบชื่อ หรือตั้งค่าเซิร์ฟเวอร์ด้วย &quot;khana server init&quot;</translation>
    </message>
    <message>
        <source>No Khana server answers at %1. Check the address and the network, or whether the server is running.</source>
        <translation>ไม่มีเซิร์ฟเวอร์คณะตอบที่ %1 ตรวจสอบที่อยู่และเครือข่าย หรือว่าเซิร์ฟเวอร์ทำงานอยู่หรือไม่</translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: %2</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot configure the server connection: %1</source>
        <translation>ตั้งค่าการเชื่อมต่อเซิร์ฟเวอร์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>อ่านฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Khana. Nothing was changed.</source>
        <translation>ฐานข้อมูล %1 เป็นของโปรแกรมอื่น ไม่ใช่คณะ ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>The server&apos;s database %1 was set up by a newer Khana (data format %2; this Khana reads up to %3). Update Khana on this computer to work with it.</source>
        <translation>ฐานข้อมูล %1 บนเซิร์ฟเวอร์ตั้งค่าโดยคณะรุ่นใหม่กว่า (รูปแบบข้อมูล %2 คณะรุ่นนี้อ่านได้ถึง %3) ปรับรุ่นคณะบนเครื่องนี้เพื่อใช้งาน</translation>
    </message>
    <message>
        <source>The server&apos;s database %1 must be brought up to date for this Khana (data format %2 to %3), and only an administrator may do that. Ask one to connect once with this version of Khana.</source>
        <translation>ฐานข้อมูล %1 บนเซิร์ฟเวอร์ต้องปรับให้ทันกับคณะรุ่นนี้ (รูปแบบข้อมูล %2 เป็น %3) ซึ่งทำได้เฉพาะผู้ดูแลระบบ โปรดให้ผู้ดูแลระบบเชื่อมต่อด้วยคณะรุ่นนี้หนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Bringing the server&apos;s database up to date failed; it was left as it was. Details: %1</source>
        <translation>ปรับฐานข้อมูลบนเซิร์ฟเวอร์ไม่สำเร็จ ฐานข้อมูลยังคงเดิม รายละเอียด: %1</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>Made the role %1.</source>
        <translation>สร้างบทบาท %1 แล้ว</translation>
    </message>
    <message>
        <source>Made the database %1.</source>
        <translation>สร้างฐานข้อมูล %1 แล้ว</translation>
    </message>
    <message>
        <source>Brought the schema from step %1 to step %2.</source>
        <translation>ปรับโครงสร้างข้อมูลจากขั้น %1 เป็นขั้น %2 แล้ว</translation>
    </message>
    <message>
        <source>Applied the roles&apos; privileges, row policies and audit triggers.</source>
        <translation>กำหนดสิทธิ์ของบทบาท นโยบายระดับแถว และทริกเกอร์บันทึกการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>The server policies are missing from this Khana.</source>
        <translation>คณะรุ่นนี้ไม่มีนโยบายสำหรับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login name: use lowercase letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&quot;%1&quot; ใช้เป็นชื่อบัญชีไม่ได้ ใช้อักษรละตินตัวเล็ก ตัวเลข &apos;_&apos; &apos;.&apos; หรือ &apos;-&apos; และขึ้นต้นด้วยตัวอักษร</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร</translation>
    </message>
    <message>
        <source>Staff logins can only be added on an office server.</source>
        <translation>เพิ่มบัญชีเจ้าหน้าที่ได้เฉพาะบนเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>The password kept in the system keychain was not accepted. Type the current one.</source>
        <translation>เซิร์ฟเวอร์ไม่รับรหัสผ่านที่เก็บไว้ในพวงกุญแจของระบบ โปรดพิมพ์รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>The password was not remembered</source>
        <translation>ไม่ได้จำรหัสผ่านไว้</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The demo database could not be built: %1</source>
        <translation>สร้างฐานข้อมูลตัวอย่างไม่ได้: %1</translation>
    </message>
    <message>
        <source>Khana cannot open the database</source>
        <translation>คณะเปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>The database can only be read</source>
        <translation>ฐานข้อมูลอ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>Connect to an office server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน</translation>
    </message>
    <message>
        <source>No server is known as &quot;%1&quot; yet: say where it is.</source>
        <translation>ยังไม่รู้จักเซิร์ฟเวอร์ชื่อ &quot;%1&quot; โปรดระบุว่าอยู่ที่ใด</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ดิสก์เต็ม: ไม่ได้บันทึกสิ่งใด กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change: nothing was saved. Try again in a moment.</source>
        <translation>ฐานข้อมูลกำลังถูกโปรแกรมอื่นแก้ไขอยู่: ไม่ได้บันทึกสิ่งใด กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <source>The database can only be read, not changed: nothing was saved.</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว แก้ไขไม่ได้: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing was saved. Stop working in it and restore a backup.</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย: ไม่ได้บันทึกสิ่งใด กรุณาหยุดใช้งานไฟล์นี้และกู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>ฐานข้อมูลไม่รับการเปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Your role on the office server does not allow this (for this place or workshop): nothing was saved. An administrator can change what your login may do.</source>
        <translation>บทบาทของคุณบนเซิร์ฟเวอร์สำนักงานไม่อนุญาตให้ทำสิ่งนี้ (สำหรับพื้นที่หรือการประชุมนี้) จึงไม่ได้บันทึกสิ่งใด ผู้ดูแลระบบเปลี่ยนสิทธิ์ของบัญชีคุณได้</translation>
    </message>
    <message>
        <source>The connection to the office server was lost: nothing was saved. Khana is connecting again; what you typed is still here, so save again once it is back.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ของสำนักงานขาดไป จึงยังไม่ได้บันทึกอะไร คณะกำลังเชื่อมต่อใหม่ สิ่งที่พิมพ์ไว้ยังอยู่ครบ เมื่อเชื่อมต่อได้แล้วให้บันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>This is a workshop pack: it records check-ins, walk-ins, groups and outcomes. Everything else is changed in the office database, once the pack is brought back.</source>
        <translation>นี่คือชุดข้อมูลงานประชุม: บันทึกได้เฉพาะการลงชื่อเข้างาน ผู้ลงทะเบียนหน้างาน กลุ่มย่อย และผลสรุป ส่วนอื่นแก้ไขในฐานข้อมูลของสำนักงานเมื่อนำชุดข้อมูลกลับไปแล้ว</translation>
    </message>
    <message>
        <source>The audit trail keeps every entry as it was written: none can be changed or removed.</source>
        <translation>บันทึกการตรวจสอบเก็บทุกรายการไว้ตามที่บันทึก ไม่มีรายการใดแก้ไขหรือลบได้</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>เขียนแฟ้ม %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>เขียนแฟ้ม %1 ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Q%1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <source>fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>WorkerConnection</name>
    <message>
        <source>The database is not open.</source>
        <translation>ยังไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>Cannot open a second connection to the database: %1</source>
        <translation>เปิดการเชื่อมต่อฐานข้อมูลอีกช่องทางหนึ่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>Cannot configure the database connection: %1</source>
        <translation>ตั้งค่าการเชื่อมต่อฐานข้อมูลไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Workshop</source>
        <translation>ประชุมเชิงปฏิบัติการ</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>เวทีเสวนา</translation>
    </message>
    <message>
        <source>Election meeting</source>
        <translation>ประชุมเลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>Member activity</source>
        <translation>กิจกรรมสมาชิก</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>ประกาศแล้ว</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>จัดแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>per province</source>
        <translation>ต่อจังหวัด</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>รวมทั้งหมด</translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation>กรอกชื่อการประชุม</translation>
    </message>
    <message>
        <source>Enter the map link as a web address starting with https://.</source>
        <translation>กรอกลิงก์แผนที่เป็นที่อยู่เว็บที่ขึ้นต้นด้วย https://</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>กรอกวันที่</translation>
    </message>
    <message>
        <source>This day is listed twice.</source>
        <translation>วันนี้ซ้ำกัน</translation>
    </message>
    <message>
        <source>Enter the start and end times.</source>
        <translation>กรอกเวลาเริ่มและเวลาสิ้นสุด</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>เวลาสิ้นสุดไม่ได้อยู่หลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>Enter what the money is for.</source>
        <translation>กรอกรายการค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>จำนวนติดลบไม่ได้</translation>
    </message>
    <message>
        <source>The unit cost cannot be negative.</source>
        <translation>ราคาต่อหน่วยติดลบไม่ได้</translation>
    </message>
    <message>
        <source>Enter the agenda item.</source>
        <translation>กรอกหัวข้อกำหนดการ</translation>
    </message>
    <message>
        <source>This date is not one of the workshop&apos;s days.</source>
        <translation>วันที่นี้ไม่ใช่วันประชุม</translation>
    </message>
    <message>
        <source>Enter the time.</source>
        <translation>กรอกเวลา</translation>
    </message>
    <message>
        <source>Enter the name of the category.</source>
        <translation>กรอกชื่อประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Two categories have this name.</source>
        <translation>มีประเภทผู้เข้าร่วมชื่อนี้ซ้ำกัน</translation>
    </message>
    <message>
        <source>The quota cannot be negative.</source>
        <translation>โควตาติดลบไม่ได้</translation>
    </message>
</context>
<context>
    <name>WorkshopDocuments</name>
    <message>
        <source>(no province)</source>
        <translation>(ไม่ระบุจังหวัด)</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ใบลงชื่อ</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Nobody is registered yet.</source>
        <translation>ยังไม่มีผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Attendance by category</source>
        <translation>ผู้เข้าร่วมตามประเภท</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>มาร่วมแล้ว</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>%1 by province</source>
        <translation>%1 รายจังหวัด</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>No budget lines.</source>
        <translation>ไม่มีรายการงบประมาณ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit cost (baht)</source>
        <translation>ราคาต่อหน่วย (บาท)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <source>Total (baht)</source>
        <translation>รวม (บาท)</translation>
    </message>
    <message>
        <source>Total from %1</source>
        <translation>รวมจาก %1</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(ไม่ระบุแหล่ง)</translation>
    </message>
    <message>
        <source>Breakout groups and outcomes</source>
        <translation>กลุ่มย่อยและผลการระดมความคิด</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>กลุ่มที่ %1: %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>วิทยากรกระบวนการ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>สมาชิก %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
</context>
<context>
    <name>WorkshopPrinting</name>
    <message>
        <source>Name badges</source>
        <translation>ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Sign-in sheet by category</source>
        <translation>ใบลงชื่อแยกตามประเภท</translation>
    </message>
    <message>
        <source>Sign-in sheet by province</source>
        <translation>ใบลงชื่อแยกตามจังหวัด</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Save %1 as PDF…</source>
        <translation>บันทึก%1เป็น PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>แฟ้ม PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the workshop first.</source>
        <translation>โปรดบันทึกการประชุมก่อน</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>เขียนแฟ้ม PDF ที่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>No one is registered for this workshop yet: there are no badges to print.</source>
        <translation>ยังไม่มีผู้ลงทะเบียนในการประชุมนี้ จึงไม่มีบัตรชื่อให้พิมพ์</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>The print could not be recorded in the audit trail, so it was not made.</source>
        <translation>บันทึกการพิมพ์ลงในบันทึกการใช้งานไม่ได้ จึงไม่ได้พิมพ์</translation>
    </message>
    <message>
        <source>Sign-in sheet with phone numbers</source>
        <translation>ใบลงชื่อพร้อมหมายเลขโทรศัพท์</translation>
    </message>
</context>
<context>
    <name>WorkshopStore</name>
    <message>
        <source>A province already has %1 people registered in this category: the quota cannot be lower.</source>
        <translation>มีจังหวัดที่ลงทะเบียนในประเภทนี้แล้ว %1 คน โควตาต่ำกว่านี้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 people are already registered in this category: the quota cannot be lower.</source>
        <translation>มีผู้ลงทะเบียนในประเภทนี้แล้ว %1 คน โควตาต่ำกว่านี้ไม่ได้</translation>
    </message>
    <message>
        <source>A category with registered people cannot be removed: move or cancel their registrations first.</source>
        <translation>ลบประเภทที่มีผู้ลงทะเบียนไม่ได้ โปรดย้ายหรือยกเลิกการลงทะเบียนก่อน</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this workshop after you opened it. Open it again to see the latest details.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบการประชุมนี้หลังจากที่คุณเปิดไว้ โปรดเปิดใหม่เพื่อดูข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>People are registered for this workshop: cancel it instead of deleting it.</source>
        <translation>มีผู้ลงทะเบียนการประชุมนี้แล้ว โปรดเปลี่ยนสถานะเป็นยกเลิกแทนการลบ</translation>
    </message>
    <message>
        <source>Representative elections were held at this workshop: cancel it instead of deleting it.</source>
        <translation>มีการเลือกตั้งตัวแทนในการประชุมนี้ โปรดเปลี่ยนสถานะเป็นยกเลิกแทนการลบ</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this workshop: nothing was deleted.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบการประชุมนี้: ไม่ได้ลบสิ่งใด</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Save %1</source>
        <translation>บันทึก %1</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Someone else has changed or deleted %1 since; undoing would replace their changes, so nothing was changed.</source>
        <translation>มีผู้อื่นแก้ไขหรือลบ %1 ไปแล้ว การย้อนกลับจะแทนที่การแก้ไขของเขา จึงไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
</context>
<context>
    <name>khana::AuditModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>khana::AuditPage</name>
    <message>
        <source>Every change, import, export and print of personal data, with who did it and when. Entries cannot be changed or removed; they name records, never the personal data itself.</source>
        <translation>ทุกการแก้ไข นำเข้า ส่งออก และพิมพ์ข้อมูลส่วนบุคคล พร้อมผู้ทำและเวลา รายการแก้ไขหรือลบไม่ได้ และระบุเพียงระเบียน ไม่ใช่ตัวข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <source>Show everyone&apos;s entries again</source>
        <translation>แสดงรายการของทุกคนอีกครั้ง</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก… (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>การกระทำ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>ตั้งแต่ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง (&amp;T):</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>ส่งออกบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>About %1 ✕</source>
        <translation>เกี่ยวกับ %1 ✕</translation>
    </message>
</context>
<context>
    <name>khana::BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite)</source>
        <translation>ฐานข้อมูลคณะ (*.sqlite)</translation>
    </message>
    <message>
        <source>Choose another file than the database itself.</source>
        <translation>กรุณาเลือกไฟล์อื่นที่ไม่ใช่ตัวฐานข้อมูลเอง</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>กำลังสำรองฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>ยกเลิกการสำรองแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>The backup %1 is written.</source>
        <translation>เขียนสำเนาสำรอง %1 แล้ว</translation>
    </message>
    <message>
        <source>It holds personal data: keep it where only the office can read it.</source>
        <translation>ไฟล์นี้มีข้อมูลส่วนบุคคล กรุณาเก็บไว้ในที่ที่เฉพาะสำนักงานเข้าถึงได้</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite);;All files (*)</source>
        <translation>ฐานข้อมูลคณะ (*.sqlite);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %1 (%2)?</source>
        <translation>แทนที่ข้อมูลทั้งหมดในฐานข้อมูลนี้ด้วยสำเนาสำรอง %1 (%2) หรือไม่</translation>
    </message>
    <message>
        <source>What the database holds now is backed up first, beside it.</source>
        <translation>ข้อมูลที่มีอยู่ตอนนี้จะถูกสำรองไว้ก่อนในโฟลเดอร์เดียวกัน</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนสำเนาสำรอง…</translation>
    </message>
    <message>
        <source>Restore cancelled; the database is as it was.</source>
        <translation>ยกเลิกการกู้คืนแล้ว ฐานข้อมูลยังคงเดิม</translation>
    </message>
    <message>
        <source>The backup is restored. What the database held before is kept in %1.</source>
        <translation>กู้คืนสำเนาสำรองแล้ว ข้อมูลเดิมก่อนกู้คืนเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>การสำรองอัตโนมัติของวันนี้ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is written (%1).</source>
        <translation>เขียนสำเนาสำรองอัตโนมัติของวันนี้แล้ว (%1)</translation>
    </message>
    <message>
        <source>People erased since the backup was made could not be erased again: %1. Erase them again before anyone uses these records.</source>
        <translation>บุคคลที่ถูกลบข้อมูลหลังจากทำสำรองนี้ ไม่สามารถลบซ้ำได้: %1 โปรดลบข้อมูลของบุคคลเหล่านั้นอีกครั้งก่อนที่จะมีผู้ใช้ระเบียนเหล่านี้</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased since the backup was made were erased again.</source>
        <translation>
            <numerusform>ลบข้อมูลซ้ำแล้ว %n คน ซึ่งถูกลบหลังจากทำสำรองนี้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::BringBackDialog</name>
    <message>
        <source>Bring back a workshop pack</source>
        <translation>นำชุดข้อมูลงานประชุมกลับเข้ามา</translation>
    </message>
    <message>
        <source>Workshop packs (*.%1);;All files (*)</source>
        <translation>ชุดข้อมูลงานประชุม (*.%1);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>ผู้ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>เป็นใคร</translation>
    </message>
    <message>
        <source>At the workshop</source>
        <translation>ที่งานประชุม</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>ที่สำนักงาน</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>คงไว้</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>&amp;Remove the pack from this computer</source>
        <translation>ลบชุดข้อมูลออกจากเครื่องนี้ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>รวมข้อมูล (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>“%1”, the pack for %2, taken by %3 on %4 %5. %6 changes made there are not merged yet.</source>
        <translation>“%1” ชุดข้อมูลสำหรับ %2 นำออกไปโดย %3 เมื่อ %4 %5 มีการเปลี่ยนแปลง %6 รายการที่ยังไม่ได้รวม</translation>
    </message>
    <message>
        <source>Walk-ins alike to someone in the office&apos;s people (the same phone or name). Choose who each is; one left to decide later is not merged now, with their check-in.</source>
        <translation>ผู้ลงทะเบียนหน้างานที่คล้ายกับคนในรายชื่อของสำนักงาน (โทรศัพท์หรือชื่อเดียวกัน) โปรดเลือกว่าแต่ละคนเป็นใคร คนที่รอตัดสินภายหลังจะยังไม่ถูกรวมพร้อมการลงชื่อเข้างานของเขา</translation>
    </message>
    <message>
        <source>Outcomes changed both at the workshop and at the office meanwhile. Choose whose version to keep.</source>
        <translation>ผลสรุปที่ถูกแก้ไขทั้งที่งานประชุมและที่สำนักงานในระหว่างนั้น โปรดเลือกว่าจะคงฉบับของฝั่งใด</translation>
    </message>
    <message>
        <source>Nothing in it needs a decision: merge it.</source>
        <translation>ไม่มีรายการที่ต้องตัดสิน: รวมข้อมูลได้เลย</translation>
    </message>
    <message>
        <source>The file is overwritten, then removed. Copies elsewhere (a USB stick, a backup) are not.</source>
        <translation>ไฟล์จะถูกเขียนทับแล้วลบทิ้ง แต่สำเนาที่อื่น (แฟลชไดรฟ์ ข้อมูลสำรอง) จะไม่ถูกลบ</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>ตัดสินภายหลัง</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>คนใหม่</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>ชื่อและโทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>โทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ชื่อเดียวกัน</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>(removed at the workshop)</source>
        <translation>(ลบที่งานประชุม)</translation>
    </message>
    <message>
        <source>(removed at the office)</source>
        <translation>(ลบที่สำนักงาน)</translation>
    </message>
    <message>
        <source>The workshop&apos;s</source>
        <translation>ของงานประชุม</translation>
    </message>
    <message>
        <source>The office&apos;s</source>
        <translation>ของสำนักงาน</translation>
    </message>
    <message>
        <source>Merging the workshop pack…</source>
        <translation>กำลังรวมชุดข้อมูลงานประชุม…</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>ไม่ได้รวมข้อมูลใดเลย: %1</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>ไม่ได้รวม</translation>
    </message>
    <message>
        <source>Waits for a decision</source>
        <translation>รอการตัดสิน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>ลบ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>khana::CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation>เดือนก่อน</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>khana::ChartView</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>บันทึกแผนภูมิลงใน %1 ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>khana::CheckInWindow</name>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>ยกเลิกการเช็กอินล่าสุด (&amp;U)</translation>
    </message>
    <message>
        <source>Check-in — %1</source>
        <translation>เช็กอิน — %1</translation>
    </message>
    <message>
        <source>Name, phone or badge code — then Enter</source>
        <translation>ชื่อ เบอร์โทร หรือรหัสบนป้ายชื่อ แล้วกด Enter</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>ผู้มาโดยไม่ได้ลงทะเบียน… (&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>No badge has the code %1.</source>
        <translation>ไม่มีป้ายชื่อรหัส %1</translation>
    </message>
    <message>
        <source>Nobody registered matches &quot;%1&quot;. Add them as a walk-in (Ctrl+W)?</source>
        <translation>ไม่พบผู้ลงทะเบียนที่ตรงกับ &quot;%1&quot; จะเพิ่มเป็นผู้มาโดยไม่ได้ลงทะเบียน (Ctrl+W) หรือไม่</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one with the arrow keys and press Enter.</source>
        <translation>
            <numerusform>พบ %n คน: เลือกด้วยปุ่มลูกศรแล้วกด Enter</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1 — checked in at %2</source>
        <translation>✓ %1 — เช็กอินเวลา %2 น.</translation>
    </message>
    <message>
        <source>%1 is already checked in at %2.</source>
        <translation>%1 เช็กอินไปแล้วเมื่อ %2 น.</translation>
    </message>
    <message>
        <source>This registration was cancelled: %1.</source>
        <translation>การลงทะเบียนนี้ถูกยกเลิกแล้ว: %1</translation>
    </message>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation>บันทึกการเช็กอินไม่ได้: %1</translation>
    </message>
    <message>
        <source>Check-in taken back: %1</source>
        <translation>ยกเลิกการเช็กอินแล้ว: %1</translation>
    </message>
    <message>
        <source>✓ %1 — added and checked in</source>
        <translation>✓ %1 — เพิ่มและเช็กอินแล้ว</translation>
    </message>
    <message>
        <source>Checked in %1 of %2 registered (%3 planned)</source>
        <translation>เช็กอินแล้ว %1 จากผู้ลงทะเบียน %2 คน (เป้าหมาย %3 คน)</translation>
    </message>
    <message>
        <source>Khana has stopped saving into this database: check-ins are not stored. See the main window.</source>
        <translation>คณะหยุดบันทึกลงฐานข้อมูลนี้แล้ว การเช็กอินจะไม่ถูกเก็บไว้ โปรดดูที่หน้าต่างหลัก</translation>
    </message>
    <message>
        <source>%1 is already checked in at %2, by %3.</source>
        <translation>%1 เช็กอินไปแล้วเมื่อ %2 น. โดย %3</translation>
    </message>
</context>
<context>
    <name>khana::ConflictDialog</name>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>ที่ผู้อื่นบันทึกไว้</translation>
    </message>
    <message>
        <source>&amp;Keep mine (replace theirs)</source>
        <translation>ใช้ของฉัน (แทนที่ของเขา) (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs (drop my changes)</source>
        <translation>ใช้ของเขา (ทิ้งที่ฉันแก้) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Drop my changes</source>
        <translation>ทิ้งที่ฉันแก้ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy mine</source>
        <translation>คัดลอกของฉัน (&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you edited, with the same details as yours.</source>
        <translation>ผู้อื่นบันทึก %1 ระหว่างที่คุณแก้ไข โดยมีข้อมูลเหมือนของคุณ</translation>
    </message>
    <message>
        <source>%1 was saved by someone else while you edited. These details differ:</source>
        <translation>ผู้อื่นบันทึก %1 ระหว่างที่คุณแก้ไข ข้อมูลต่อไปนี้ไม่ตรงกัน:</translation>
    </message>
</context>
<context>
    <name>khana::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>จำรหัสผ่านไว้ในพวงกุญแจของระบบ (&amp;R)</translation>
    </message>
    <message>
        <source>Connect to an office server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน</translation>
    </message>
    <message>
        <source>A new server</source>
        <translation>เซิร์ฟเวอร์ใหม่</translation>
    </message>
    <message>
        <source>What your office calls it, e.g. Chiang Rai office</source>
        <translation>ชื่อที่สำนักงานเรียก เช่น สำนักงานเชียงราย</translation>
    </message>
    <message>
        <source>Name or address, e.g. khana.example.org</source>
        <translation>ชื่อหรือที่อยู่ เช่น khana.example.org</translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation>ชื่อผู้ใช้ของคุณบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Encrypted, server checked (verify-full, recommended)</source>
        <translation>เข้ารหัส ตรวจสอบเซิร์ฟเวอร์ (verify-full แนะนำ)</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked but not its name (verify-ca)</source>
        <translation>เข้ารหัส ตรวจใบรับรองแต่ไม่ตรวจชื่อเซิร์ฟเวอร์ (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, server not checked (require)</source>
        <translation>เข้ารหัส ไม่ตรวจสอบเซิร์ฟเวอร์ (require)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>ไม่เข้ารหัส (disable)</translation>
    </message>
    <message>
        <source>Recent &amp;servers:</source>
        <translation>เซิร์ฟเวอร์ล่าสุด (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>โฮสต์ (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>พอร์ต (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>ความปลอดภัย (&amp;E):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>รหัสผ่าน (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
        <source>A folder names the server&apos;s socket on this computer: nothing travels over a network, so there is nothing to encrypt.</source>
        <translation>โฟลเดอร์หมายถึงซ็อกเก็ตของเซิร์ฟเวอร์บนเครื่องนี้ ข้อมูลไม่ผ่านเครือข่าย จึงไม่ต้องเข้ารหัส</translation>
    </message>
    <message>
        <source>Nobody on the network can read or change what is sent, and Khana talks only to the server whose certificate names this host. The server needs a certificate this computer trusts.</source>
        <translation>ไม่มีผู้ใดในเครือข่ายอ่านหรือแก้ไขข้อมูลที่ส่งได้ และคณะจะคุยกับเซิร์ฟเวอร์ที่ใบรับรองระบุชื่อโฮสต์นี้เท่านั้น เซิร์ฟเวอร์ต้องมีใบรับรองที่เครื่องนี้เชื่อถือ</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate must be signed by an authority this computer trusts, but it may name another host.</source>
        <translation>เข้ารหัส และใบรับรองต้องลงนามโดยผู้ออกใบรับรองที่เครื่องนี้เชื่อถือ แต่อาจระบุชื่อโฮสต์อื่นได้</translation>
    </message>
    <message>
        <source>Encrypted, but another machine could pretend to be the server and read what is sent. Use only while the office sets up a certificate.</source>
        <translation>เข้ารหัส แต่เครื่องอื่นอาจปลอมเป็นเซิร์ฟเวอร์และอ่านข้อมูลที่ส่งได้ ใช้เฉพาะระหว่างที่สำนักงานกำลังจัดทำใบรับรอง</translation>
    </message>
    <message>
        <source>Names, phone numbers and passwords cross the network readable by anyone on it. Use only on a network the office controls end to end.</source>
        <translation>ชื่อ หมายเลขโทรศัพท์ และรหัสผ่านจะผ่านเครือข่ายโดยใครในเครือข่ายก็อ่านได้ ใช้เฉพาะในเครือข่ายที่สำนักงานดูแลเองทั้งหมด</translation>
    </message>
    <message>
        <source>Say where the server is.</source>
        <translation>โปรดระบุว่าเซิร์ฟเวอร์อยู่ที่ใด</translation>
    </message>
    <message>
        <source>Say which database on the server holds Khana&apos;s data (usually khana).</source>
        <translation>โปรดระบุฐานข้อมูลบนเซิร์ฟเวอร์ที่เก็บข้อมูลของคณะ (ปกติคือ khana)</translation>
    </message>
    <message>
        <source>Say who signs in.</source>
        <translation>โปรดระบุผู้ที่เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Stopped waiting for %1. Check the address, or try again.</source>
        <translation>หยุดรอ %1 แล้ว ตรวจสอบที่อยู่ หรือลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>หยุด (&amp;S)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>กำลังเชื่อมต่อกับ %1…</translation>
    </message>
</context>
<context>
    <name>khana::ConsentDialog</name>
    <message>
        <source>Record consent &amp;given</source>
        <translation>บันทึกว่าให้ความยินยอม (&amp;G)</translation>
    </message>
    <message>
        <source>Record &amp;withdrawal</source>
        <translation>บันทึกการถอนความยินยอม (&amp;W)</translation>
    </message>
    <message>
        <source>Consent — %1</source>
        <translation>ความยินยอม — %1</translation>
    </message>
    <message>
        <source>What %1 has agreed to. Record each decision as the person gives or withdraws it; every decision stays in the history below.</source>
        <translation>สิ่งที่ %1 ให้ความยินยอมไว้ บันทึกการตัดสินใจแต่ละครั้งเมื่อเจ้าของข้อมูลให้หรือถอนความยินยอม ทุกครั้งจะเก็บไว้ในประวัติด้านล่าง</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>วันที่ตัดสินใจ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>วิธีที่แจ้ง (&amp;H):</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>วันที่ตัดสินใจ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>วิธีที่แจ้ง</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>ฉบับของข้อความ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>เวลาที่บันทึก</translation>
    </message>
    <message>
        <source>The office has not set up any consent purposes yet: an administrator adds them in Settings › Consent purposes.</source>
        <translation>สำนักงานยังไม่ได้กำหนดวัตถุประสงค์ของความยินยอม ผู้ดูแลระบบเพิ่มได้ที่ ตั้งค่า › วัตถุประสงค์ของความยินยอม</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, statement version %2: “%3”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ข้อความฉบับที่ %2: “%3”</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนความยินยอม</translation>
    </message>
</context>
<context>
    <name>khana::ConsentModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>ยังไม่ได้ขอ</translation>
    </message>
    <message>
        <source>Given (statement version %1)</source>
        <translation>ให้ความยินยอม (ข้อความฉบับที่ %1)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนความยินยอมแล้ว</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>How</source>
        <translation>วิธีที่แจ้ง</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ผู้บันทึก</translation>
    </message>
</context>
<context>
    <name>khana::ConsentPurposeDialog</name>
    <message>
        <source>&amp;Warn before exporting people who have not given this consent</source>
        <translation>เตือนก่อนส่งออกรายชื่อที่มีผู้ยังไม่ให้ความยินยอมนี้ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Retired: no longer asked for (decisions already recorded are kept)</source>
        <translation>เลิกใช้: ไม่ขอความยินยอมนี้อีก (การตัดสินใจที่บันทึกไว้ยังเก็บอยู่) (&amp;R)</translation>
    </message>
    <message>
        <source>New consent purpose</source>
        <translation>วัตถุประสงค์ใหม่ของความยินยอม</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>วัตถุประสงค์ของความยินยอม</translation>
    </message>
    <message>
        <source>e.g. Contact by phone and LINE</source>
        <translation>เช่น ติดต่อทางโทรศัพท์และไลน์</translation>
    </message>
    <message>
        <source>The words people agree to, as on the consent form</source>
        <translation>ข้อความที่เจ้าของข้อมูลยินยอม ตามแบบฟอร์มขอความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>ข้อความ (&amp;S):</translation>
    </message>
    <message>
        <source>This is version %1 of the statement. Changing its words makes version %2: consents already given stay with the words people saw.</source>
        <translation>นี่คือข้อความฉบับที่ %1 หากแก้ถ้อยคำจะเป็นฉบับที่ %2 ความยินยอมที่ให้ไว้แล้วยังผูกกับถ้อยคำที่เจ้าของข้อมูลเห็นในตอนนั้น</translation>
    </message>
</context>
<context>
    <name>khana::ConsentPurposeModel</name>
    <message>
        <source>Retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Statement version</source>
        <translation>ฉบับของข้อความ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Warns</source>
        <translation>เตือน</translation>
    </message>
    <message>
        <source>Export warning</source>
        <translation>เตือนเมื่อส่งออก</translation>
    </message>
</context>
<context>
    <name>khana::ConsentPurposesPanel</name>
    <message>
        <source>Consent purposes</source>
        <translation>วัตถุประสงค์ของความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ลบ (&amp;M)</translation>
    </message>
    <message>
        <source>What the office asks people to agree to (PDPA section 26). People&apos;s decisions are recorded in People › Consent.</source>
        <translation>สิ่งที่สำนักงานขอความยินยอมจากเจ้าของข้อมูล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 26) การตัดสินใจของแต่ละคนบันทึกได้ที่ บุคคล › ความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Add purpose…</source>
        <translation>เพิ่มวัตถุประสงค์… (&amp;A)</translation>
    </message>
    <message>
        <source>Remove purpose</source>
        <translation>ลบวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Remove the purpose “%1”?</source>
        <translation>ลบวัตถุประสงค์ “%1” หรือไม่</translation>
    </message>
</context>
<context>
    <name>khana::CountImportDialog</name>
    <message>
        <source>Import member counts — %1</source>
        <translation>นำเข้าจำนวนสมาชิก — %1</translation>
    </message>
    <message>
        <source>Replace counts already recorded for the same place and date</source>
        <translation>แทนที่จำนวนที่บันทึกไว้แล้วของพื้นที่และวันที่เดียวกัน</translation>
    </message>
    <message numerus="yes">
        <source>(%n replacing a recorded count)</source>
        <translation>
            <numerusform>(แทนที่จำนวนที่บันทึกไว้ %n รายการ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Districts in the database</source>
        <translation>อำเภอ/เขตในฐานข้อมูล</translation>
    </message>
    <message>
        <source>No districts yet: import the district list in Settings.</source>
        <translation>ยังไม่มีข้อมูลอำเภอ: นำเข้ารายชื่ออำเภอได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>พื้นที่: (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>ช่วงเวลา: (&amp;E)</translation>
    </message>
</context>
<context>
    <name>khana::DateEdit</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+ลูกศรลง)</translation>
    </message>
</context>
<context>
    <name>khana::ElectionDialog</name>
    <message>
        <source>Record a representative election</source>
        <translation>บันทึกการเลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 จ.%2</translation>
    </message>
    <message>
        <source>(not at a Khana workshop)</source>
        <translation>(ไม่ได้จัดในการประชุมที่บันทึกใน Khana)</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>อำเภอ: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>วันที่เลือกตั้ง: (&amp;H)</translation>
    </message>
    <message>
        <source>At the &amp;meeting:</source>
        <translation>ในการประชุม: (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>จำนวนผู้สมัคร: (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Votes cast:</source>
        <translation>จำนวนผู้ลงคะแนน: (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Elected:</source>
        <translation>ผู้ได้รับเลือก: (&amp;E)</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>วาระตั้งแต่: (&amp;F)</translation>
    </message>
    <message>
        <source>Term &amp;until:</source>
        <translation>วาระถึง: (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>หมายเหตุ: (&amp;N)</translation>
    </message>
    <message>
        <source>(nobody elected)</source>
        <translation>(ไม่มีผู้ได้รับเลือก)</translation>
    </message>
    <message>
        <source>Edit a representative election</source>
        <translation>แก้ไขการเลือกตั้งตัวแทน</translation>
    </message>
</context>
<context>
    <name>khana::ElectionsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1 จ.%2</translation>
    </message>
    <message>
        <source>(nobody elected)</source>
        <translation>(ไม่มีผู้ได้รับเลือก)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>วันที่เลือกตั้ง</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>ผู้สมัคร</translation>
    </message>
    <message>
        <source>Votes cast</source>
        <translation>ผู้ลงคะแนน</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>ผู้ได้รับเลือก</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>วาระ</translation>
    </message>
</context>
<context>
    <name>khana::ElectionsPanel</name>
    <message>
        <source>Record &amp;election…</source>
        <translation>บันทึกการเลือกตั้งตัวแทน… (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>แก้ไข… (&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ลบ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ลบ (&amp;R)</translation>
    </message>
    <message>
        <source>Edit election</source>
        <translation>แก้ไขการเลือกตั้ง</translation>
    </message>
    <message>
        <source>Someone else removed this election.</source>
        <translation>มีผู้อื่นลบการเลือกตั้งนี้แล้ว</translation>
    </message>
    <message>
        <source>Remove election</source>
        <translation>ลบการเลือกตั้ง</translation>
    </message>
</context>
<context>
    <name>khana::FirstRunDialog</name>
    <message>
        <source>Welcome to Khana</source>
        <translation>ยินดีต้อนรับสู่คณะ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Khana&lt;/h3&gt;&lt;p&gt;Khana keeps its data in a database file on this computer. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ยินดีต้อนรับสู่คณะ&lt;/h3&gt;&lt;p&gt;คณะเก็บข้อมูลไว้ในแฟ้มฐานข้อมูลบนเครื่องนี้ คุณต้องการเริ่มต้นอย่างไร&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>เริ่มด้วยฐานข้อมูลว่าง (&amp;E)</translation>
    </message>
    <message>
        <source>Look around in the &amp;demo database (invented people)</source>
        <translation>ลองใช้ฐานข้อมูลตัวอย่าง (บุคคลสมมติ) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>เปิดแฟ้มฐานข้อมูล… (&amp;O)</translation>
    </message>
    <message>
        <source>Open a Khana database</source>
        <translation>เปิดฐานข้อมูลคณะ</translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite *.khana *.db);;All files (*)</source>
        <translation>ฐานข้อมูลคณะ (*.sqlite *.khana *.db);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>&amp;Connect to an office server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>khana::GroupConflictDialog</name>
    <message>
        <source>Number</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>วิทยากรกระบวนการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>What the group concluded</source>
        <translation>ข้อสรุปของกลุ่ม</translation>
    </message>
    <message>
        <source>Someone else changed this group</source>
        <translation>มีผู้อื่นแก้ไขกลุ่มนี้</translation>
    </message>
    <message>
        <source>%1 was removed by someone else while you edited, with its outcomes. Nothing was saved. Copy your details to add the group again if it should stay.</source>
        <translation>ผู้อื่นลบ %1 พร้อมข้อสรุปของกลุ่มระหว่างที่คุณแก้ไข ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อเพิ่มกลุ่มนี้อีกครั้งหากควรเก็บไว้</translation>
    </message>
    <message>
        <source>Someone else changed this outcome</source>
        <translation>มีผู้อื่นแก้ไขข้อสรุปนี้</translation>
    </message>
    <message>
        <source>The outcome “%1” was removed by someone else while you edited. Nothing was saved. Copy your text to add it again if it should stay.</source>
        <translation>ผู้อื่นลบข้อสรุป “%1” ระหว่างที่คุณแก้ไข ไม่ได้บันทึกสิ่งใด คัดลอกข้อความของคุณไว้เพื่อเพิ่มอีกครั้งหากควรเก็บไว้</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่มที่ %1</translation>
    </message>
</context>
<context>
    <name>khana::GroupsPanel</name>
    <message>
        <source>Add group…</source>
        <translation>เพิ่มกลุ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>กลุ่ม:</translation>
    </message>
    <message>
        <source>Distribute people evenly</source>
        <translation>แบ่งคนเข้ากลุ่มอย่างสมดุล</translation>
    </message>
    <message>
        <source>Puts every registered person in a group, mixing provinces in each.</source>
        <translation>จัดผู้ลงทะเบียนทุกคนเข้ากลุ่ม โดยคละจังหวัดในแต่ละกลุ่ม</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>เพิ่มผลการระดมความคิด</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>สมาชิก:</translation>
    </message>
    <message>
        <source>Findings, proposals and decisions:</source>
        <translation>ข้อค้นพบ ข้อเสนอ และข้อตกลง:</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n people)</source>
        <translation>
            <numerusform>%1. %2 (%n คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome id: %1</source>
        <translation>รหัสผลการระดมความคิด: %1</translation>
    </message>
    <message>
        <source>Breakout groups</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>หมายเลข: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>หัวข้อ: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>วิทยากรกระบวนการ: (&amp;F)</translation>
    </message>
    <message>
        <source>Remove this group with its outcomes?</source>
        <translation>ลบกลุ่มนี้พร้อมผลการระดมความคิดหรือไม่</translation>
    </message>
    <message>
        <source>What did the group conclude?</source>
        <translation>กลุ่มสรุปว่าอย่างไร</translation>
    </message>
    <message>
        <source>Remove this outcome?</source>
        <translation>ลบผลการระดมความคิดนี้หรือไม่</translation>
    </message>
    <message>
        <source>Choose members…</source>
        <translation>เลือกสมาชิก…</translation>
    </message>
    <message>
        <source>Members of group %1</source>
        <translation>สมาชิกกลุ่มที่ %1</translation>
    </message>
    <message>
        <source>(now in group %1)</source>
        <translation>(ขณะนี้อยู่กลุ่มที่ %1)</translation>
    </message>
    <message>
        <source>Activities made from it: %1</source>
        <translation>กิจกรรมที่มาจากผลนี้: %1</translation>
    </message>
    <message numerus="yes">
        <source>→ %n activity(ies) in a plan</source>
        <translation>
            <numerusform>→ กิจกรรมในแผน %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::GrowthPage</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n เดือน</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record count…</source>
        <translation>บันทึกจำนวน… (&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>ตั้งเป้าหมาย… (&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>ส่งออกแผนภูมิ… (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>พื้นที่: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>แสดง: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>ถึง: (&amp;U)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>สมาชิกใหม่</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Roster at the month&apos;s end</source>
        <translation>ทะเบียน ณ สิ้นเดือน</translation>
    </message>
    <message>
        <source>Recorded count</source>
        <translation>จำนวนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>ส่งออกแผนภูมิ</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>ภาพ PNG (*.png);;เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;numbers…</source>
        <translation>ส่งออกตัวเลข… (&amp;N)</translation>
    </message>
    <message>
        <source>Members — %1</source>
        <translation>สมาชิก — %1</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>ส่งออกตัวเลข</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import counts…</source>
        <translation>นำเข้าจำนวน… (&amp;I)</translation>
    </message>
    <message>
        <source>Import member counts</source>
        <translation>นำเข้าจำนวนสมาชิก</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>แฟ้ม CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n count(s) imported.</source>
        <translation>
            <numerusform>นำเข้าจำนวน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>By area</source>
        <translation>ตามพื้นที่</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>ตัวแทน</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 จ.%2</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s) without a representative:</source>
        <translation>
            <numerusform>อำเภอที่ยังไม่มีตัวแทน %n อำเภอ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;election…</source>
        <translation>บันทึกการเลือกตั้งตัวแทน… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ลบ (&amp;R)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>นับ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message numerus="yes">
        <source>Import %n count(s)</source>
        <translation>
            <numerusform>นำเข้าจำนวนสมาชิก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
</context>
<context>
    <name>khana::ImportDialog</name>
    <message>
        <source>(choose a column)</source>
        <translation>(เลือกคอลัมน์)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read as %1.</source>
        <translation>
            <numerusform>อ่านได้ %n แถว (รหัสอักขระ %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>จะนำเข้า %n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>มีปัญหา %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>แถว %1 คอลัมน์ %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… และปัญหาอื่นอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no row of the file can be imported as it is.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด: ไม่มีแถวใดในไฟล์ที่นำเข้าได้ตามที่เป็นอยู่</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>กำลังตรวจสอบแต่ละแถว…</translation>
    </message>
    <message>
        <source>Checking was cancelled: the rows are checked again when you import.</source>
        <translation>ยกเลิกการตรวจสอบแล้ว: ระบบจะตรวจสอบทุกแถวอีกครั้งเมื่อนำเข้า</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
</context>
<context>
    <name>khana::MainWindow</name>
    <message>
        <source>Khana — demo database</source>
        <translation>คณะ — ฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Khana</source>
        <translation>คณะ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>แผนปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Members &amp; growth</source>
        <translation>สมาชิกและการเติบโต</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>DEMO DATA — invented people, not real records</source>
        <translation>ข้อมูลตัวอย่าง — บุคคลสมมติ ไม่ใช่ข้อมูลจริง</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>สร้างฐานข้อมูลใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>เปิดฐานข้อมูลตัวอย่าง (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Khana</source>
        <translation>เกี่ยวกับคณะ (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>Open a Khana database</source>
        <translation>เปิดฐานข้อมูลคณะ</translation>
    </message>
    <message>
        <source>New Khana database</source>
        <translation>ฐานข้อมูลคณะใหม่</translation>
    </message>
    <message>
        <source>Khana databases (*.sqlite)</source>
        <translation>ฐานข้อมูลคณะ (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File &gt; Open database.</source>
        <translation>มี %1 อยู่แล้ว โปรดตั้งชื่อแฟ้มใหม่ หรือเปิดแฟ้มนั้นด้วย แฟ้ม &gt; เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>About Khana</source>
        <translation>เกี่ยวกับคณะ</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khana %1&lt;/h3&gt;&lt;p&gt;Workshops, action plans and member growth for provincial working teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;คณะ %1&lt;/h3&gt;&lt;p&gt;การประชุม แผนปฏิบัติงาน และการเติบโตของสมาชิก สำหรับคณะทำงานระดับจังหวัด&lt;/p&gt;&lt;p&gt;สร้างด้วย Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>สำรองข้อมูล… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>กู้คืนจากสำเนาสำรอง… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Recover into a new file…</source>
        <translation>กู้ข้อมูลไปไว้ในไฟล์ใหม่… (&amp;R)</translation>
    </message>
    <message>
        <source>Opened read-only: you can look and print, but nothing can be changed or imported. To work in this database, copy it somewhere you can write and open the copy.</source>
        <translation>เปิดแบบอ่านอย่างเดียว: ดูและพิมพ์ได้ แต่แก้ไขหรือนำเข้าข้อมูลไม่ได้ หากต้องการทำงานในฐานข้อมูลนี้ กรุณาคัดลอกไปไว้ในที่ที่เขียนได้แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite found: %1). Khana has stopped saving into it and editing is turned off. Recover what can be read into a new file, or restore a backup.</source>
        <translation>แฟ้มฐานข้อมูลเสียหาย (SQLite พบว่า: %1) คณะหยุดบันทึกลงแฟ้มนี้และปิดการแก้ไขแล้ว โปรดกู้ข้อมูลที่ยังอ่านได้ไปยังแฟ้มใหม่ หรือกู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>Khana cannot open the database</source>
        <translation>คณะเปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>The database can only be read</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>no Khana role</source>
        <translation>ไม่มีบทบาทในคณะ</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>วิทยากรกระบวนการ</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>ผู้ดูข้อมูล</translation>
    </message>
    <message>
        <source>Server: %1 — signed in as %2 (%3)</source>
        <translation>เซิร์ฟเวอร์: %1 — เข้าสู่ระบบเป็น %2 (%3)</translation>
    </message>
    <message>
        <source>Khana — %1</source>
        <translation>คณะ — %1</translation>
    </message>
    <message>
        <source>You are signed in as a viewer: you can look and print, but not change anything.</source>
        <translation>คุณเข้าสู่ระบบในฐานะผู้ดูข้อมูล ดูและพิมพ์ได้ แต่แก้ไขสิ่งใดไม่ได้</translation>
    </message>
    <message>
        <source>%1 has no Khana role on this server, so it can change nothing. Ask an administrator to add it with &quot;khana server add-user&quot;.</source>
        <translation>%1 ไม่มีบทบาทในคณะบนเซิร์ฟเวอร์นี้ จึงแก้ไขสิ่งใดไม่ได้ โปรดขอให้ผู้ดูแลระบบเพิ่มด้วยคำสั่ง &quot;khana server add-user&quot;</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์… (&amp;C)</translation>
    </message>
    <message>
        <source>The connection to the office server was lost. Khana is connecting again… Nothing was half-saved: a change being saved when it dropped was not stored, and forms keep what you typed, so save again once the connection is back.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ของสำนักงานขาดไป คณะกำลังเชื่อมต่อใหม่… ไม่มีข้อมูลใดถูกบันทึกไว้ครึ่ง ๆ กลาง ๆ การแก้ไขที่กำลังบันทึกตอนการเชื่อมต่อขาดจะไม่ถูกเก็บ และแบบฟอร์มยังเก็บสิ่งที่พิมพ์ไว้ เมื่อเชื่อมต่อได้แล้วให้บันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Lost the connection to the server.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดไป</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>Khana — workshop pack: %1 (%2)</source>
        <translation>คณะ — ชุดข้อมูลงานประชุม: %1 (%2)</translation>
    </message>
    <message>
        <source>Workshop pack for %1 — taken by %2 on %3</source>
        <translation>ชุดข้อมูลงานประชุมสำหรับ %1 — นำออกไปโดย %2 เมื่อ %3</translation>
    </message>
    <message>
        <source>Bring &amp;back a workshop pack…</source>
        <translation>นำชุดข้อมูลงานประชุมกลับเข้ามา… (&amp;B)</translation>
    </message>
    <message>
        <source>This is the workshop pack of “%1”, for working without a network: check-in (F9), walk-ins, groups and outcomes, badges and sign-in sheets. Other workshops, plans, member growth and everyone not registered are in the office database: bring this pack back there (File › Bring back a workshop pack…).</source>
        <translation>นี่คือชุดข้อมูลงานประชุม “%1” สำหรับทำงานโดยไม่มีเครือข่าย: ลงชื่อเข้างาน (F9) ผู้ลงทะเบียนหน้างาน กลุ่มย่อยและผลสรุป บัตรชื่อและใบลงชื่อ ส่วนงานประชุมอื่น แผนงาน การเติบโตของสมาชิก และผู้ที่ไม่ได้ลงทะเบียนอยู่ในฐานข้อมูลของสำนักงาน: นำชุดข้อมูลนี้กลับไปที่นั่น (แฟ้ม › นำชุดข้อมูลงานประชุมกลับเข้ามา…)</translation>
    </message>
    <message>
        <source>Khana databases and workshop packs (*.sqlite *.khana *.db *.khanapack);;All files (*)</source>
        <translation>ฐานข้อมูลคณะและชุดข้อมูลงานประชุม (*.sqlite *.khana *.db *.khanapack);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>khana::PassphraseDialog</name>
    <message>
        <source>Open a sealed workshop pack</source>
        <translation>เปิดชุดข้อมูลงานประชุมที่ปิดผนึก</translation>
    </message>
    <message>
        <source>%1 is protected with a passphrase. Type the passphrase the office gave with the pack.</source>
        <translation>%1 ป้องกันด้วยรหัสผ่าน พิมพ์รหัสผ่านที่สำนักงานให้มากับชุดข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
</context>
<context>
    <name>khana::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ป้ายกำกับ</translation>
    </message>
</context>
<context>
    <name>khana::PeoplePage</name>
    <message>
        <source>Search by name, phone or member number (Ctrl+F)</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรือเลขสมาชิก (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>เพิ่มบุคคล… (&amp;A)</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>เพิ่มบุคคล (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>แก้ไขบุคคล… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>ลบบุคคล (&amp;D)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>คอลัมน์นี้เรียงลำดับไม่ได้</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 คน</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>พบ %1 คน</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Choose a person to see their details.</source>
        <translation>เลือกบุคคลเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>วันที่สมัคร</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>เพิ่ม %1 แล้ว</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>ลบบุคคล</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this with Ctrl+Z.</source>
        <translation>ลบ %1 หรือไม่ (เลิกทำได้ด้วย Ctrl+Z)</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>นำเข้าทะเบียนสมาชิก… (&amp;I)</translation>
    </message>
    <message>
        <source>Add or update members from a CSV file</source>
        <translation>เพิ่มหรือปรับปรุงข้อมูลสมาชิกจากแฟ้ม CSV</translation>
    </message>
    <message>
        <source>Import member roster</source>
        <translation>นำเข้าทะเบียนสมาชิก</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>แฟ้ม CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Roster imported: %n added</source>
        <translation>
            <numerusform>นำเข้าทะเบียนสมาชิกแล้ว: เพิ่ม %n คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>ปรับปรุง %n คน</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก (&amp;X)…</translation>
    </message>
    <message>
        <source>The people listed (all, or those the search finds) as an Excel workbook or CSV file</source>
        <translation>รายชื่อบุคคลที่แสดงอยู่ (ทั้งหมด หรือเฉพาะที่ค้นพบ) เป็นสมุดงาน Excel หรือแฟ้ม CSV</translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation>บุคคล — %1</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>ส่งออกรายชื่อบุคคล</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Kept the details someone else saved.</source>
        <translation>ใช้ข้อมูลที่ผู้อื่นบันทึกไว้</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>Audit &amp;trail of this person</source>
        <translation>บันทึกการตรวจสอบของบุคคลนี้ (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onsent…</source>
        <translation>ความยินยอม… (&amp;O)</translation>
    </message>
    <message>
        <source>What this person has agreed to, and recording a decision</source>
        <translation>สิ่งที่บุคคลนี้ให้ความยินยอมไว้ และบันทึกการตัดสินใจ</translation>
    </message>
    <message>
        <source>Only the people who have given this consent (and not withdrawn it)</source>
        <translation>เฉพาะผู้ที่ให้ความยินยอมนี้ (และยังไม่ได้ถอน)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Consented: %1</source>
        <translation>ยินยอม: %1</translation>
    </message>
    <message>
        <source>Khana could not check consent before the export: %1</source>
        <translation>คณะตรวจความยินยอมก่อนส่งออกไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 of them have not consented to “%2”.</source>
        <translation>ในจำนวนนี้ %1 คนยังไม่ได้ให้ความยินยอม “%2”</translation>
    </message>
    <message>
        <source>The office asks for consent before people are exported.</source>
        <translation>สำนักงานกำหนดให้ตรวจความยินยอมก่อนส่งออกรายชื่อบุคคล</translation>
    </message>
    <message>
        <source>Export only those who &amp;consented</source>
        <translation>ส่งออกเฉพาะผู้ที่ให้ความยินยอม (&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;everyone</source>
        <translation>ส่งออกทุกคน (&amp;E)</translation>
    </message>
    <message>
        <source>Consented to</source>
        <translation>ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Everything about this &amp;person…</source>
        <translation>ข้อมูลทั้งหมดของบุคคลนี้… (&amp;P)</translation>
    </message>
    <message>
        <source>Everything about this person</source>
        <translation>ข้อมูลทั้งหมดของบุคคลนี้</translation>
    </message>
    <message>
        <source>Personal data — %1</source>
        <translation>ข้อมูลส่วนบุคคล — %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>บันทึก %1 และ %2 แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? You can undo this with Ctrl+Z, but their %n consent decision(s) are removed with them and undo does not bring those back.</source>
        <translation>
            <numerusform>ลบ %1 หรือไม่ เลิกทำได้ด้วย Ctrl+Z แต่การตัดสินใจเรื่องความยินยอม %n รายการจะถูกลบไปด้วย และการเลิกทำจะไม่นำกลับมา</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>ลบข้อมูลบุคคลนี้ตามคำขอ (&amp;R)…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s personal data for good, keeping attendance and vote figures without them</source>
        <translation>ลบข้อมูลส่วนบุคคลของบุคคลนี้ถาวร โดยเก็บยอดผู้เข้าร่วมและคะแนนเสียงไว้โดยไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1 is registered for workshops, was elected or leads plan activities, and deleting them would take those records too. To remove their personal data and keep those figures, use Erase this person…</source>
        <translation>%1 มีการลงทะเบียนอบรม ได้รับเลือกตั้ง หรือรับผิดชอบกิจกรรมในแผน การลบจะทำให้ระเบียนเหล่านั้นหายไปด้วย หากต้องการลบข้อมูลส่วนบุคคลโดยเก็บตัวเลขเหล่านั้นไว้ ให้ใช้ ลบข้อมูลบุคคลนี้ตามคำขอ…</translation>
    </message>
    <message>
        <source>Checking consent before the export…</source>
        <translation>กำลังตรวจสอบความยินยอมก่อนส่งออก…</translation>
    </message>
</context>
<context>
    <name>khana::PersonConflictDialog</name>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>ชื่อเล่น</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>เลขสมาชิก</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>ประเภทสมาชิก</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>วันที่เข้าเป็นสมาชิก</translation>
    </message>
    <message>
        <source>Membership ends</source>
        <translation>วันสิ้นสุดสมาชิกภาพ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Someone else changed this person</source>
        <translation>มีผู้อื่นแก้ไขบุคคลนี้</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you edited (or is no longer yours to see). Nothing was saved. Copy your details to add the person again if they should stay.</source>
        <translation>ผู้อื่นลบ %1 ระหว่างที่คุณแก้ไข (หรือคุณไม่มีสิทธิ์เห็นแล้ว) ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อเพิ่มบุคคลนี้อีกครั้งหากควรเก็บไว้</translation>
    </message>
</context>
<context>
    <name>khana::PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>เพิ่มบุคคล</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>แก้ไขบุคคล</translation>
    </message>
    <message>
        <source>e.g. สมชาย ใจดี</source>
        <translation>เช่น สมชาย ใจดี</translation>
    </message>
    <message>
        <source>e.g. 081-234-5678</source>
        <translation>เช่น 081-234-5678</translation>
    </message>
    <message>
        <source>13 digits, optional</source>
        <translation>13 หลัก ไม่บังคับ</translation>
    </message>
    <message>
        <source>The national ID number is sensitive personal data: enter it only when it is needed.</source>
        <translation>เลขประจำตัวประชาชนเป็นข้อมูลส่วนบุคคลที่อ่อนไหว กรอกเฉพาะเมื่อจำเป็นเท่านั้น</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>&amp;Name (Thai):</source>
        <translation>ชื่อ-สกุล (ภาษาไทย): (&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>ชื่อภาษาอังกฤษ: (&amp;E)</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>ชื่อเล่น: (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์: (&amp;P)</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>เลขประจำตัวประชาชน: (&amp;I)</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>จังหวัด: (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>อำเภอ/เขต: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Member no.:</source>
        <translation>เลขสมาชิก: (&amp;M)</translation>
    </message>
    <message>
        <source>Members&amp;hip:</source>
        <translation>ประเภทสมาชิก: (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>วันที่สมัคร: (&amp;J)</translation>
    </message>
    <message>
        <source>Membership &amp;ends:</source>
        <translation>วันสิ้นสุดสมาชิกภาพ: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ป้ายกำกับ: (&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>หมายเหตุ: (&amp;O)</translation>
    </message>
    <message>
        <source>No districts of this province are in the database yet: import them in Settings.</source>
        <translation>ยังไม่มีอำเภอของจังหวัดนี้ในฐานข้อมูล: นำเข้าได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <source>Someone else has saved changes to this person since you opened the form. What you typed is still here: when you save, Khana shows both versions and asks which to keep.</source>
        <translation>มีผู้อื่นบันทึกการแก้ไขข้อมูลบุคคลนี้หลังจากที่คุณเปิดแบบฟอร์ม สิ่งที่คุณพิมพ์ยังอยู่ครบ เมื่อบันทึก คณะจะแสดงทั้งสองฉบับและถามว่าจะเก็บฉบับใด</translation>
    </message>
    <message>
        <source>Someone else has deleted this person since you opened the form. What you typed is still here; saving will ask what to do.</source>
        <translation>มีผู้อื่นลบบุคคลนี้หลังจากที่คุณเปิดแบบฟอร์ม สิ่งที่คุณพิมพ์ยังอยู่ครบ เมื่อบันทึกจะถามว่าจะทำอย่างไร</translation>
    </message>
    <message>
        <source>Not shown to your role</source>
        <translation>บทบาทของคุณดูข้อมูลนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>khana::PlanDocumentConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>ชื่อแผน</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>ออกโดย</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Year counted in</source>
        <translation>นับตามปี</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>ดำเนินการตาม</translation>
    </message>
    <message>
        <source>Someone else changed this plan</source>
        <translation>มีผู้อื่นแก้ไขแผนนี้</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you edited. Nothing was saved. Copy your details to write the plan again if it should stay.</source>
        <translation>ผู้อื่นลบ %1 ระหว่างที่คุณแก้ไข ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อจัดทำแผนนี้อีกครั้งหากควรเก็บไว้</translation>
    </message>
</context>
<context>
    <name>khana::PlanDocumentForm</name>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อแผน: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>เลขที่: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>ลงวันที่: (&amp;D)</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>ออกโดย: (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ระยะเวลา: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>วิสัยทัศน์: (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ: (&amp;S)</translation>
    </message>
    <message>
        <source>Implements (resolutions, decisions):</source>
        <translation>ดำเนินการตาม (มติ คำสั่ง):</translation>
    </message>
    <message>
        <source>Quarters, reviews and the timeline count in this year. Government partners plan by the fiscal year: its quarter 1 is October to December.</source>
        <translation>ไตรมาส การทบทวน และตารางเวลานับตามปีนี้ หน่วยงานภาครัฐวางแผนตามปีงบประมาณ ซึ่งไตรมาส 1 คือเดือนตุลาคมถึงธันวาคม</translation>
    </message>
    <message>
        <source>&amp;Year counted in:</source>
        <translation>นับตามปี (&amp;Y):</translation>
    </message>
</context>
<context>
    <name>khana::PlanItemConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>ชื่อรายการ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>บันทึกข้อตกลง (MOU)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>ผู้รับประโยชน์</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>Lead person</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Someone else changed this item</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้</translation>
    </message>
    <message>
        <source>%1 was removed from the plan by someone else while you edited. Nothing was saved. Copy your details to add the item again if it should stay.</source>
        <translation>ผู้อื่นลบ %1 ออกจากแผนระหว่างที่คุณแก้ไข ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อเพิ่มรายการนี้อีกครั้งหากควรเก็บไว้</translation>
    </message>
</context>
<context>
    <name>khana::PlanItemDelegate</name>
    <message>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation>กรอกวันที่ในรูปแบบ %1</translation>
    </message>
    <message>
        <source>Enter an amount in baht, e.g. 25,000 or 1,250.50.</source>
        <translation>กรอกจำนวนเงินเป็นบาท เช่น 25,000 หรือ 1,250.50</translation>
    </message>
</context>
<context>
    <name>khana::PlanItemForm</name>
    <message>
        <source>Milestone</source>
        <translation>หมุดหมายสำคัญ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>นำไปใช้ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อ: (&amp;T)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>ภาคี:</translation>
    </message>
    <message>
        <source>MOU:</source>
        <translation>บันทึกข้อตกลง (MOU):</translation>
    </message>
    <message>
        <source>Beneficiaries:</source>
        <translation>ผู้รับประโยชน์:</translation>
    </message>
    <message>
        <source>Counted in:</source>
        <translation>หน่วยนับ:</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>หน่วยงานรับผิดชอบ:</translation>
    </message>
    <message>
        <source>Lead person:</source>
        <translation>ผู้รับผิดชอบหลัก:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>เริ่ม:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>สิ้นสุด:</translation>
    </message>
    <message>
        <source>Budget (baht):</source>
        <translation>งบประมาณ (บาท):</translation>
    </message>
    <message>
        <source>Funding source:</source>
        <translation>แหล่งงบประมาณ:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>ตัวชี้วัด:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ค่าเป้าหมาย:</translation>
    </message>
    <message>
        <source>Target counted in:</source>
        <translation>หน่วยนับเป้าหมาย:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>ความก้าวหน้า:</translation>
    </message>
    <message>
        <source>Held as workshop:</source>
        <translation>จัดเป็นการประชุม:</translation>
    </message>
    <message>
        <source>Choose an item of the framework.</source>
        <translation>เลือกรายการในกรอบแผน</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>Made from the outcome of group %1 (%2) at %3: %4</source>
        <translation>มาจากผลการระดมความคิดของกลุ่มที่ %1 (%2) ใน %3: %4</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>กรอกจำนวนเต็ม</translation>
    </message>
    <message>
        <source>Enter an amount in baht, e.g. 25,000 or 1,250.50.</source>
        <translation>กรอกจำนวนเงินเป็นบาท เช่น 25,000 หรือ 1,250.50</translation>
    </message>
</context>
<context>
    <name>khana::PlanTreeModel</name>
    <message>
        <source>Framework</source>
        <translation>กรอบแผน</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
</context>
<context>
    <name>khana::PlansPage</name>
    <message>
        <source>Thai digits in print</source>
        <translation>พิมพ์ด้วยเลขไทย</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>แผนใหม่</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>ฉบับปรับปรุงใหม่</translation>
    </message>
    <message>
        <source>A draft copy of the plan and its framework, to revise while the approved one stays as it is.</source>
        <translation>สำเนาร่างของแผนและกรอบแผน เพื่อปรับปรุงโดยฉบับที่อนุมัติแล้วยังคงเดิม</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>บันทึกแผน (&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;issue</source>
        <translation>เพิ่มประเด็น (&amp;I)</translation>
    </message>
    <message>
        <source>Add &amp;below</source>
        <translation>เพิ่มรายการย่อย (&amp;B)</translation>
    </message>
    <message>
        <source>Adds an objective under an issue, a project or activity under an objective, an activity under a project (Ins)</source>
        <translation>เพิ่มเป้าประสงค์ใต้ประเด็น โครงการหรือกิจกรรมใต้เป้าประสงค์ กิจกรรมใต้โครงการ (Ins)</translation>
    </message>
    <message>
        <source>From workshop outcome…</source>
        <translation>จากผลการประชุม…</translation>
    </message>
    <message>
        <source>Adds an activity made from what a workshop group concluded.</source>
        <translation>เพิ่มกิจกรรมจากข้อสรุปของกลุ่มย่อยในการประชุม</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์ (&amp;P)</translation>
    </message>
    <message>
        <source>The plan…</source>
        <translation>แผน…</translation>
    </message>
    <message>
        <source>This quarter&apos;s review…</source>
        <translation>การทบทวนไตรมาสนี้…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>กรอบแผน</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>เอกสารแผน</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>การทบทวนรายไตรมาส</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ตารางเวลา</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ที่ %1</translation>
    </message>
    <message>
        <source>No plan yet: make one with New plan.</source>
        <translation>ยังไม่มีแผน: สร้างได้ด้วยปุ่มแผนใหม่</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>แผนปฏิบัติงาน</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>แผนปฏิบัติงานใหม่</translation>
    </message>
    <message>
        <source>A new draft version was made.</source>
        <translation>สร้างฉบับร่างใหม่แล้ว</translation>
    </message>
    <message>
        <source>New strategic issue</source>
        <translation>ประเด็นยุทธศาสตร์ใหม่</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>เป้าประสงค์ใหม่</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>โครงการใหม่</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
        <source>An activity holds nothing below it: choose its project or objective.</source>
        <translation>กิจกรรมไม่มีรายการย่อย: โปรดเลือกโครงการหรือเป้าประสงค์ของกิจกรรม</translation>
    </message>
    <message>
        <source>Deleted; Ctrl+Z brings it back.</source>
        <translation>ลบแล้ว กด Ctrl+Z เพื่อนำกลับมา</translation>
    </message>
    <message>
        <source>Choose the objective or project the new activity belongs to.</source>
        <translation>เลือกเป้าประสงค์หรือโครงการที่กิจกรรมใหม่สังกัด</translation>
    </message>
    <message>
        <source>%1 · group %2 · %3: %4</source>
        <translation>%1 · กลุ่มที่ %2 · %3: %4</translation>
    </message>
    <message>
        <source>No workshop has recorded outcomes yet.</source>
        <translation>ยังไม่มีการประชุมใดบันทึกผลการระดมความคิด</translation>
    </message>
    <message>
        <source>From workshop outcome</source>
        <translation>จากผลการประชุม</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>ผลการระดมความคิด:</translation>
    </message>
    <message>
        <source>Open this quarter&apos;s review first (Quarterly review tab).</source>
        <translation>โปรดเปิดการทบทวนของไตรมาสนี้ก่อน (แท็บการทบทวนรายไตรมาส)</translation>
    </message>
    <message>
        <source>Save this quarter&apos;s review as PDF…</source>
        <translation>บันทึกการทบทวนไตรมาสนี้เป็น PDF…</translation>
    </message>
    <message>
        <source>Save the plan as PDF…</source>
        <translation>บันทึกแผนเป็น PDF…</translation>
    </message>
    <message>
        <source>Save the review as PDF</source>
        <translation>บันทึกการทบทวนเป็น PDF</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>บันทึกแผนเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>แฟ้ม PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>เขียนแฟ้ม PDF ลงใน %1 ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>บันทึก %1 แล้ว (%n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan to Excel or CSV…</source>
        <translation>ส่งออกแผนเป็น Excel หรือ CSV…</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>ส่งออกแผน</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Someone else has changed this plan. Your work here is kept until you choose to read the plan again (its undo history is then cleared).</source>
        <translation>มีผู้อื่นแก้ไขแผนนี้ งานของคุณที่นี่ยังอยู่จนกว่าจะเลือกอ่านแผนใหม่ (ประวัติการเลิกทำของแผนนี้จะถูกล้าง)</translation>
    </message>
    <message>
        <source>Show &amp;their changes</source>
        <translation>แสดงการแก้ไขของผู้อื่น (&amp;T)</translation>
    </message>
</context>
<context>
    <name>khana::QuotaMatrixModel</name>
    <message>
        <source>(no province)</source>
        <translation>(ไม่ระบุจังหวัด)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>%1 (%2 per province)</source>
        <translation>%1 (จังหวัดละ %2 คน)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>มาร่วมแล้ว</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>ที่ว่าง</translation>
    </message>
</context>
<context>
    <name>khana::RecordCountDialog</name>
    <message>
        <source>Record a member count</source>
        <translation>บันทึกจำนวนสมาชิก</translation>
    </message>
    <message>
        <source>Where the number comes from, e.g. a membership report</source>
        <translation>ที่มาของตัวเลข เช่น รายงานฝ่ายสมาชิก</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>จำนวนสมาชิก: (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>ที่มา: (&amp;S)</translation>
    </message>
    <message>
        <source>Replace the count?</source>
        <translation>แทนที่จำนวนเดิมหรือไม่</translation>
    </message>
    <message>
        <source>A count for this place on this date is already recorded. Replace it with %1?</source>
        <translation>มีจำนวนของพื้นที่นี้ในวันที่นี้บันทึกไว้แล้ว ต้องการแทนที่ด้วย %1 หรือไม่</translation>
    </message>
</context>
<context>
    <name>khana::RegisterPeopleDialog</name>
    <message>
        <source>Register people</source>
        <translation>ลงทะเบียนบุคคล</translation>
    </message>
    <message>
        <source>Search by name, phone or member number</source>
        <translation>ค้นหาด้วยชื่อ เบอร์โทร หรือเลขสมาชิก</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>ลงทะเบียน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ประเภท: (&amp;C)</translation>
    </message>
    <message>
        <source>Add participant categories to the workshop first.</source>
        <translation>โปรดเพิ่มประเภทผู้เข้าร่วมในการประชุมก่อน</translation>
    </message>
    <message>
        <source>Choose one or more people in the list.</source>
        <translation>เลือกบุคคลในรายการอย่างน้อยหนึ่งคน</translation>
    </message>
    <message numerus="yes">
        <source>%n registered. Not registered:</source>
        <translation>
            <numerusform>ลงทะเบียนแล้ว %n คน ที่ลงทะเบียนไม่ได้:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>บุคคลใหม่… (&amp;N)</translation>
    </message>
    <message>
        <source>Add someone who is not in People yet, and select them.</source>
        <translation>เพิ่มผู้ที่ยังไม่มีในรายชื่อบุคคล แล้วเลือกไว้</translation>
    </message>
</context>
<context>
    <name>khana::RegistrationImportDialog</name>
    <message>
        <source>Import registrations — %1</source>
        <translation>นำเข้าการลงทะเบียน — %1</translation>
    </message>
    <message>
        <source>(none: every row names its category)</source>
        <translation>(ไม่มี: ทุกแถวระบุประเภทเอง)</translation>
    </message>
    <message>
        <source>Category when none is given:</source>
        <translation>ประเภทเมื่อแถวไม่ได้ระบุ:</translation>
    </message>
    <message numerus="yes">
        <source>(%n already in People)</source>
        <translation>
            <numerusform>(มีอยู่ในรายชื่อบุคคลแล้ว %n คน)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RegistrationsModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>รหัสป้ายชื่อ</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>เวลามาถึง</translation>
    </message>
</context>
<context>
    <name>khana::RegistrationsPanel</name>
    <message>
        <source>Filter by name, category, province or status</source>
        <translation>กรองด้วยชื่อ ประเภท จังหวัด หรือสถานะ</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>นำเข้าจาก CSV…</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>นำเข้าการลงทะเบียน</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>แฟ้ม CSV (*.csv);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>&amp;Register people…</source>
        <translation>ลงทะเบียนบุคคล… (&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>กำหนดสถานะ (&amp;S)</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) imported.</source>
        <translation>
            <numerusform>นำเข้าการลงทะเบียน %n รายการแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>khana::RetentionPanel</name>
    <message>
        <source> months</source>
        <translation> เดือน</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>ไม่ทบทวน</translation>
    </message>
    <message>
        <source>Keeping personal data</source>
        <translation>ระยะเวลาเก็บข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>บันทึกระยะเวลา (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review people past them…</source>
        <translation>ทบทวนผู้ที่เกินระยะเวลา… (&amp;R)</translation>
    </message>
    <message>
        <source>People who are not &amp;members, after their last activity:</source>
        <translation>ผู้ที่ไม่ได้เป็นสมาชิก นับจากกิจกรรมล่าสุด (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Former members, after their membership ended:</source>
        <translation>อดีตสมาชิก นับจากวันสิ้นสุดสมาชิกภาพ (&amp;F):</translation>
    </message>
</context>
<context>
    <name>khana::RetentionReviewDialog</name>
    <message>
        <source>People past the retention periods</source>
        <translation>ผู้ที่เกินระยะเวลาเก็บข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Keep for another year</source>
        <translation>เก็บไว้อีกหนึ่งปี (&amp;K)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>อ่านรายการทบทวนไม่ได้: %1</translation>
    </message>
    <message>
        <source>Not a member; nothing since</source>
        <translation>ไม่ได้เป็นสมาชิก และไม่มีกิจกรรมตั้งแต่นั้น</translation>
    </message>
    <message>
        <source>Membership ended</source>
        <translation>สมาชิกภาพสิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Nobody is past the office&apos;s retention periods.</source>
        <translation>ไม่มีผู้ใดเกินระยะเวลาเก็บข้อมูลของสำนักงาน</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>ลบข้อมูล (&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n people are past the office&apos;s retention periods. Choose, for each, to keep them for another year or to erase them; nothing is erased without that choice.</source>
        <translation>
            <numerusform>มี %n คนที่เกินระยะเวลาเก็บรักษาของสำนักงาน เลือกสำหรับแต่ละคนว่าจะเก็บไว้อีกหนึ่งปีหรือลบข้อมูล จะไม่มีการลบข้อมูลใดหากไม่ได้เลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people?</source>
        <translation>
            <numerusform>ลบข้อมูลของ %n คนหรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>Their workshop registrations and elections stay in the figures, without their names.</source>
        <translation>การลงทะเบียนอบรมและการเลือกตั้งของบุคคลเหล่านี้ยังนับอยู่ในตัวเลข โดยไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Some people were not erased:</source>
        <translation>บางคนยังไม่ถูกลบข้อมูล:</translation>
    </message>
</context>
<context>
    <name>khana::ReviewEntryConflictDialog</name>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <source>Cause of delay</source>
        <translation>สาเหตุความล่าช้า</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>แนวทางแก้ไข</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>ทิศทางไตรมาสถัดไป</translation>
    </message>
    <message>
        <source>Someone else changed this review line</source>
        <translation>มีผู้อื่นแก้ไขรายการทบทวนนี้</translation>
    </message>
    <message>
        <source>The review of %1 was removed by someone else while you edited. Nothing was saved. Copy your details to keep them.</source>
        <translation>ผู้อื่นลบการทบทวนของ %1 ระหว่างที่คุณแก้ไข ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อเก็บรักษา</translation>
    </message>
</context>
<context>
    <name>khana::ReviewPanel</name>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <source>Cause of delay</source>
        <translation>สาเหตุความล่าช้า</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>แนวทางแก้ไข</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>ทิศทางไตรมาสถัดไป</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>เปิดการทบทวน (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>บันทึกการทบทวน (&amp;S)</translation>
    </message>
    <message>
        <source>%1 (not opened)</source>
        <translation>%1 (ยังไม่เปิด)</translation>
    </message>
    <message>
        <source>This quarter has not been reviewed yet: Open review creates its lines.</source>
        <translation>ไตรมาสนี้ยังไม่ได้ทบทวน: ปุ่มเปิดการทบทวนจะสร้างรายการให้</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>เป้าหมาย: %1 %2</translation>
    </message>
    <message>
        <source>(carried forward)</source>
        <translation>(ยกมาจากไตรมาสก่อน)</translation>
    </message>
    <message>
        <source>Activities reviewed: %1; done: %2; delayed: %3. Targets met: %4 of %5.</source>
        <translation>กิจกรรมที่ทบทวน %1 รายการ แล้วเสร็จ %2 ล่าช้า %3 บรรลุเป้าหมาย %4 จาก %5</translation>
    </message>
    <message>
        <source>Delays by cause: %1</source>
        <translation>ความล่าช้าตามสาเหตุ: %1</translation>
    </message>
    <message>
        <source>Delays by unit: %1</source>
        <translation>ความล่าช้าตามหน่วยงาน: %1</translation>
    </message>
    <message>
        <source>Row %1: the actual value is not a number.</source>
        <translation>แถว %1: ผลที่ได้ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
</context>
<context>
    <name>khana::RosterImportDialog</name>
    <message>
        <source>Import member roster — %1</source>
        <translation>นำเข้าทะเบียนสมาชิก — %1</translation>
    </message>
    <message>
        <source>Membership when a row does not say:</source>
        <translation>ประเภทสมาชิกเมื่อแถวไม่ได้ระบุ:</translation>
    </message>
    <message numerus="yes">
        <source>(%n new, %1 already in People)</source>
        <translation>
            <numerusform>(ใหม่ %n คน มีอยู่แล้วในรายชื่อบุคคล %1 คน)</numerusform>
        </translation>
    </message>
    <message>
        <source>People already in Khana are found by national ID, member number, or phone with the same name: their membership is updated and their name kept. Everyone else is added. Undo (Ctrl+Z) takes the whole import back while nobody in it has been changed since.</source>
        <translation>ผู้ที่มีอยู่ในคณะแล้วจะค้นพบจากเลขประจำตัวประชาชน เลขสมาชิก หรือเบอร์โทรศัพท์ที่ชื่อตรงกัน: ปรับข้อมูลสมาชิกภาพโดยคงชื่อเดิมไว้ ส่วนคนอื่นจะเพิ่มเป็นคนใหม่ เลิกทำ (Ctrl+Z) ย้อนการนำเข้าทั้งหมดได้ ตราบที่ยังไม่มีใครในการนำเข้านี้ถูกแก้ไข</translation>
    </message>
</context>
<context>
    <name>khana::RowsTable</name>
    <message>
        <source>Add row</source>
        <translation>เพิ่มแถว</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ลบแถว</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>แถว %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>khana::ScopeComboBox</name>
    <message>
        <source>Whole country</source>
        <translation>ทั้งประเทศ</translation>
    </message>
</context>
<context>
    <name>khana::SettingsPage</name>
    <message>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Buddhist Era in Thai, Common Era in English</source>
        <translation>พุทธศักราชเมื่อใช้ภาษาไทย คริสต์ศักราชเมื่อใช้ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Always the Buddhist Era (2567)</source>
        <translation>พุทธศักราชเสมอ (2567)</translation>
    </message>
    <message>
        <source>Always the Common Era (2024)</source>
        <translation>คริสต์ศักราชเสมอ (2024)</translation>
    </message>
    <message>
        <source>Restart Khana now</source>
        <translation>เริ่มคณะใหม่ตอนนี้</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>ภาษาและวันที่</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา: (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>ปีศักราช: (&amp;Y)</translation>
    </message>
    <message>
        <source>Provinces and districts</source>
        <translation>จังหวัดและอำเภอ</translation>
    </message>
    <message>
        <source>&amp;Import districts from CSV…</source>
        <translation>นำเข้าอำเภอจาก CSV… (&amp;I)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Embedded database: %1</source>
        <translation>ฐานข้อมูลในเครื่อง: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Khana uses the new language and years after it restarts.</source>
        <translation>คณะจะใช้ภาษาและปีศักราชใหม่หลังจากเริ่มโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>The provinces file beside it could not be used: %1</source>
        <translation>ใช้แฟ้มจังหวัดที่อยู่ข้างกันไม่ได้: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were skipped:</source>
        <translation>
            <numerusform>ข้าม %n แถว:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>แถว %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>Import districts</source>
        <translation>นำเข้าอำเภอ</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>แฟ้ม CSV (*.csv);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>Khana knows Thailand&apos;s %1 provinces and %2 districts.</source>
        <translation>คณะมีรายชื่อจังหวัดของประเทศไทย %1 จังหวัด และอำเภอ %2 อำเภอ</translation>
    </message>
    <message>
        <source>When the district list changes, import the newer list as CSV (code, name_th, name_en and province): districts are matched by code, and a provinces.csv beside it is used to match provinces.</source>
        <translation>เมื่อรายชื่ออำเภอเปลี่ยนแปลง ให้นำเข้ารายชื่อที่ใหม่กว่าเป็นไฟล์ CSV (code, name_th, name_en และจังหวัด) ระบบจะจับคู่อำเภอตามรหัส และใช้ไฟล์ provinces.csv ที่อยู่ในโฟลเดอร์เดียวกันเพื่อจับคู่จังหวัด</translation>
    </message>
    <message numerus="yes">
        <source>%n new district(s), %1 updated.</source>
        <translation>
            <numerusform>อำเภอใหม่ %n อำเภอ ปรับปรุง %1 อำเภอ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up automatically once a day</source>
        <translation>สำรองข้อมูลอัตโนมัติวันละครั้ง (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>เก็บไว้ล่าสุด: (&amp;K)</translation>
    </message>
    <message>
        <source>backups, in %1</source>
        <translation>ชุด ไว้ที่ %1</translation>
    </message>
    <message>
        <source>Office server: %1. The server&apos;s data is backed up on the server; ask whoever runs it.</source>
        <translation>เซิร์ฟเวอร์ของสำนักงาน: %1 ข้อมูลบนเซิร์ฟเวอร์สำรองไว้ที่เซิร์ฟเวอร์ โปรดสอบถามผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
</context>
<context>
    <name>khana::TakeOfflineDialog</name>
    <message>
        <source>Take “%1” offline</source>
        <translation>นำ “%1” ออกไปใช้แบบออฟไลน์</translation>
    </message>
    <message>
        <source>A workshop pack is a file for a laptop at the venue: check people in (F9), add walk-ins, form groups, record outcomes and print badges and sign-in sheets there, without a network. Bring it back with File › Bring back a workshop pack… and everything done there is merged into the office database.</source>
        <translation>ชุดข้อมูลงานประชุมคือไฟล์สำหรับเครื่องที่สถานที่จัดงาน: ลงชื่อเข้างาน (F9) รับผู้ลงทะเบียนหน้างาน จัดกลุ่มย่อย บันทึกผลสรุป และพิมพ์บัตรชื่อและใบลงชื่อได้โดยไม่ต้องมีเครือข่าย เมื่อนำกลับด้วย แฟ้ม › นำชุดข้อมูลงานประชุมกลับเข้ามา… ทุกอย่างที่ทำที่นั่นจะถูกรวมเข้าฐานข้อมูลของสำนักงาน</translation>
    </message>
    <message>
        <source>It holds this workshop, its days, budget, categories, registrations and groups, and of each registered person only the name, nickname, phone and province. National ids, notes, memberships and everyone not registered stay at the office. The file can be read only by you on this computer: keep the laptop with you.</source>
        <translation>ในไฟล์มีงานประชุมนี้ วันและกำหนดการ งบประมาณ ประเภทผู้เข้าร่วม การลงทะเบียนและกลุ่มย่อย และของผู้ลงทะเบียนแต่ละคนมีเพียงชื่อ ชื่อเล่น โทรศัพท์ และจังหวัด เลขประจำตัวประชาชน บันทึก ข้อมูลสมาชิก และผู้ที่ไม่ได้ลงทะเบียนยังอยู่ที่สำนักงาน ไฟล์นี้อ่านได้เฉพาะคุณบนเครื่องนี้: โปรดเก็บเครื่องไว้กับตัว</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เลือก… (&amp;B)</translation>
    </message>
    <message>
        <source>For the &amp;desk or laptop:</source>
        <translation>สำหรับโต๊ะหรือเครื่อง: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>บันทึกเป็น: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Take offline</source>
        <translation>นำออกไปใช้ (&amp;T)</translation>
    </message>
    <message>
        <source>Workshop packs (*.%1)</source>
        <translation>ชุดข้อมูลงานประชุม (*.%1)</translation>
    </message>
    <message>
        <source>Name the desk or laptop the pack is for, so the office can tell packs apart.</source>
        <translation>โปรดตั้งชื่อโต๊ะหรือเครื่องที่จะใช้ชุดข้อมูลนี้ เพื่อให้สำนักงานแยกชุดข้อมูลได้</translation>
    </message>
    <message>
        <source>Choose a folder that exists for the pack.</source>
        <translation>โปรดเลือกโฟลเดอร์ที่มีอยู่สำหรับชุดข้อมูล</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with a new pack?</source>
        <translation>มี %1 อยู่แล้ว จะแทนที่ด้วยชุดข้อมูลใหม่หรือไม่</translation>
    </message>
    <message>
        <source>Writing the workshop pack…</source>
        <translation>กำลังเขียนชุดข้อมูลงานประชุม…</translation>
    </message>
    <message>
        <source>%1 — taken by %2 on %3, brought back on %4</source>
        <translation>%1 — นำออกไปโดย %2 เมื่อ %3 นำกลับเข้ามาเมื่อ %4</translation>
    </message>
    <message>
        <source>%1 — taken by %2 on %3, not brought back yet</source>
        <translation>%1 — นำออกไปโดย %2 เมื่อ %3 ยังไม่ได้นำกลับเข้ามา</translation>
    </message>
    <message>
        <source>Packs taken of this workshop:</source>
        <translation>ชุดข้อมูลของงานประชุมนี้ที่นำออกไปแล้ว:</translation>
    </message>
    <message>
        <source>At least %1 characters, Thai or English. The pack cannot be opened without it, not even by the office: tell it to the facilitators yourself, not in the message that carries the file.</source>
        <translation>อย่างน้อย %1 ตัวอักษร ภาษาไทยหรืออังกฤษ ไม่มีรหัสผ่านแล้วจะเปิดชุดข้อมูลไม่ได้ แม้แต่สำนักงานเอง บอกรหัสผ่านแก่ผู้ดำเนินการประชุมด้วยตนเอง อย่าส่งไปพร้อมกับไฟล์</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>รหัสผ่านอีกครั้ง (&amp;G):</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type it again.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน พิมพ์ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Prot&amp;ect the pack with a passphrase</source>
        <translation>ป้องกันชุดข้อมูลด้วยรหัสผ่าน (&amp;E)</translation>
    </message>
</context>
<context>
    <name>khana::TargetDialog</name>
    <message>
        <source>Set a target</source>
        <translation>ตั้งเป้าหมาย</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>พื้นที่:</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>นับอะไร: (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>เป้าหมาย: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>เริ่ม: (&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>ครบกำหนด: (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>หมายเหตุ: (&amp;N)</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>แก้ไขเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>khana::TimelineView</name>
    <message>
        <source>By month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>รายไตรมาส</translation>
    </message>
    <message>
        <source>&amp;Print timeline…</source>
        <translation>พิมพ์ตารางเวลา… (&amp;P)</translation>
    </message>
</context>
<context>
    <name>khana::WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>ผู้มาโดยไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>โทรศัพท์: (&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>จังหวัด: (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ประเภท: (&amp;C)</translation>
    </message>
</context>
<context>
    <name>khana::WorkshopConflictDialog</name>
    <message>
        <source>%1: %2 × %3 baht (%4)</source>
        <translation>%1: %2 × %3 บาท (%4)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>ลิงก์แผนที่</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>อนุมัติโดย</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>อนุมัติเมื่อ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>วันประชุม</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>กำหนดการ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วมและโควตา</translation>
    </message>
    <message>
        <source>Someone else changed this workshop</source>
        <translation>มีผู้อื่นแก้ไขการประชุมนี้</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else while you edited (or is no longer yours to see). Nothing was saved. Copy your details to enter the workshop again if it should stay.</source>
        <translation>ผู้อื่นลบ %1 ระหว่างที่คุณแก้ไข (หรือคุณไม่มีสิทธิ์เห็นแล้ว) ไม่ได้บันทึกสิ่งใด คัดลอกข้อมูลของคุณไว้เพื่อบันทึกการประชุมนี้อีกครั้งหากควรเก็บไว้</translation>
    </message>
</context>
<context>
    <name>khana::WorkshopEditor</name>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Days and agenda</source>
        <translation>วันและกำหนดการ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Participants and quotas</source>
        <translation>ผู้เข้าร่วมและโควตา</translation>
    </message>
    <message>
        <source>e.g. resolution of the provincial team meeting</source>
        <translation>เช่น มติที่ประชุมคณะทำงานจังหวัด</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อการประชุม: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ประเภท: (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>สถานที่: (&amp;V)</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>ที่อยู่: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Map link:</source>
        <translation>ลิงก์แผนที่: (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Organised by:</source>
        <translation>ผู้จัด: (&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;pproved by:</source>
        <translation>อนุมัติโดย: (&amp;P)</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>อนุมัติเมื่อ: (&amp;O)</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>วัตถุประสงค์: (&amp;J)</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>รายละเอียด: (&amp;I)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>เวลาเริ่ม</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>เวลาเลิก</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>Days (date, start and end time, e.g. 3/5/2567, 08:30, 17:00):</source>
        <translation>วันประชุม (วันที่ เวลาเริ่ม เวลาสิ้นสุด เช่น 3/5/2567, 08:30, 17:00):</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>กำหนดการ:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Unit cost (baht)</source>
        <translation>ราคาต่อหน่วย (บาท)</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <source>Total (baht)</source>
        <translation>รวม (บาท)</translation>
    </message>
    <message>
        <source>Participant category</source>
        <translation>ประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Quota is</source>
        <translation>โควตา</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Enter a date like %1.</source>
        <translation>กรอกวันที่ในรูปแบบ %1</translation>
    </message>
    <message>
        <source>Enter a time like 08:30.</source>
        <translation>กรอกเวลา เช่น 08:30</translation>
    </message>
    <message>
        <source>Enter a time like 17:00.</source>
        <translation>กรอกเวลา เช่น 17:00</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>กรอกจำนวนเต็ม</translation>
    </message>
    <message>
        <source>Enter an amount in baht, e.g. 1,250.50.</source>
        <translation>กรอกจำนวนเงินเป็นบาท เช่น 1,250.50</translation>
    </message>
    <message>
        <source>%1: %2 baht</source>
        <translation>%1: %2 บาท</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(ไม่ระบุแหล่ง)</translation>
    </message>
    <message>
        <source>Total: %1 baht</source>
        <translation>รวมทั้งสิ้น: %1 บาท</translation>
    </message>
</context>
<context>
    <name>khana::WorkshopsPage</name>
    <message>
        <source>&amp;New workshop</source>
        <translation>การประชุมใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ย้อนคืน (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>โหมดเช็กอิน (&amp;C)</translation>
    </message>
    <message>
        <source>Check people in on the day (F9)</source>
        <translation>เช็กอินผู้เข้าร่วมในวันงาน (F9)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Save the changes to this workshop?</source>
        <translation>บันทึกการเปลี่ยนแปลงของการประชุมนี้หรือไม่</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Groups and outcomes</source>
        <translation>กลุ่มย่อยและผลการระดมความคิด</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>พิมพ์ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete workshop…</source>
        <translation>ลบการประชุม… (&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>ลบ %1 หรือไม่ (ย้อนกลับไม่ได้)</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>การเลือกตั้งตัวแทน</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่งออก (&amp;X)</translation>
    </message>
    <message>
        <source>Registrations and attendance…</source>
        <translation>การลงทะเบียนและการเข้าร่วม…</translation>
    </message>
    <message>
        <source>Budget…</source>
        <translation>งบประมาณ…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;แฟ้ม CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Someone else has deleted this workshop. What you typed is still here, but it can no longer be saved over it.</source>
        <translation>มีผู้อื่นลบการประชุมนี้แล้ว สิ่งที่คุณพิมพ์ยังอยู่ แต่บันทึกทับไม่ได้อีกต่อไป</translation>
    </message>
    <message>
        <source>Someone else has saved changes to this workshop since you began editing. What you typed is still here; to see their version, choose Revert (your changes are then dropped).</source>
        <translation>มีผู้อื่นบันทึกการแก้ไขการประชุมนี้หลังจากที่คุณเริ่มแก้ไข สิ่งที่คุณพิมพ์ยังอยู่ หากต้องการดูฉบับของผู้อื่น ให้เลือก ย้อนคืน (การแก้ไขของคุณจะถูกทิ้ง)</translation>
    </message>
    <message>
        <source>Someone else has deleted the workshop that was open.</source>
        <translation>มีผู้อื่นลบการประชุมที่เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Kept the details someone else saved.</source>
        <translation>ใช้ข้อมูลที่ผู้อื่นบันทึกไว้</translation>
    </message>
    <message>
        <source>The workshop was deleted by someone else.</source>
        <translation>มีผู้อื่นลบการประชุมนี้แล้ว</translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation>นำออกไปใช้แบบออฟไลน์… (&amp;O)</translation>
    </message>
    <message>
        <source>Write this workshop&apos;s pack for a laptop at the venue, to work without a network</source>
        <translation>เขียนชุดข้อมูลของงานประชุมนี้สำหรับเครื่องที่สถานที่จัดงาน เพื่อทำงานโดยไม่มีเครือข่าย</translation>
    </message>
    <message>
        <source>Wrote the pack for %1 to %2.</source>
        <translation>เขียนชุดข้อมูลสำหรับ %1 ไว้ที่ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workshops, action plans and member growth for provincial working teams.</source>
        <translation>การประชุม แผนปฏิบัติงาน และการเติบโตของสมาชิก สำหรับคณะทำงานระดับจังหวัด</translation>
    </message>
    <message>
        <source>Open the SQLite database at &lt;path&gt;.</source>
        <translation>เปิดฐานข้อมูล SQLite ที่ &lt;path&gt;</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Open the demo database.</source>
        <translation>เปิดฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (th or en) this time.</source>
        <translation>ใช้ภาษา &lt;language&gt; (th หรือ en) ในครั้งนี้</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Print an action plan to PDF.</source>
        <translation>พิมพ์แผนปฏิบัติงานเป็น PDF</translation>
    </message>
    <message>
        <source>The plan&apos;s &lt;id&gt;.</source>
        <translation>รหัส &lt;id&gt; ของแผน</translation>
    </message>
    <message>
        <source>Print the review of &lt;quarter&gt; (e.g. 2567-Q1).</source>
        <translation>พิมพ์การทบทวนของ &lt;quarter&gt; (เช่น 2567-Q1)</translation>
    </message>
    <message>
        <source>Write the PDF to &lt;file&gt;.</source>
        <translation>เขียน PDF ไปที่ &lt;file&gt;</translation>
    </message>
    <message>
        <source>Print numbers in Thai digits.</source>
        <translation>พิมพ์ตัวเลขเป็นเลขไทย</translation>
    </message>
    <message>
        <source>Print from the demo database.</source>
        <translation>พิมพ์จากฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Import a CSV file through the same checks as the import dialogs.</source>
        <translation>นำเข้าไฟล์ CSV ด้วยการตรวจสอบเดียวกับหน้าต่างนำเข้า</translation>
    </message>
    <message>
        <source>Export a list as CSV or Excel.</source>
        <translation>ส่งออกรายการเป็น CSV หรือ Excel</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>ไฟล์ CSV ที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (.csv or .xlsx).</source>
        <translation>เขียนลงใน &lt;file&gt; (.csv หรือ .xlsx)</translation>
    </message>
    <message>
        <source>The workshop&apos;s &lt;id&gt;.</source>
        <translation>&lt;id&gt; ของการประชุม</translation>
    </message>
    <message>
        <source>Check every row and say what would be imported; write nothing.</source>
        <translation>ตรวจทุกแถวและแจ้งว่าจะนำเข้าอะไรได้ โดยไม่เขียนข้อมูลใด</translation>
    </message>
    <message>
        <source>Counts: replace a count already recorded for the same place and day.</source>
        <translation>ยอดสมาชิก: แทนที่ยอดที่บันทึกไว้แล้วของพื้นที่และวันเดียวกัน</translation>
    </message>
    <message>
        <source>Use the demo database.</source>
        <translation>ใช้ฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>--lang takes th (Thai) or en (English), not &quot;%1&quot;.</source>
        <translation>--lang ใช้ได้กับ th (ไทย) หรือ en (อังกฤษ) เท่านั้น ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Make a new database at the --database path if there is none.</source>
        <translation>สร้างฐานข้อมูลใหม่ที่ตำแหน่ง --database หากยังไม่มี</translation>
    </message>
    <message>
        <source>Make a new database at the --database path.</source>
        <translation>สร้างฐานข้อมูลใหม่ที่ตำแหน่ง --database</translation>
    </message>
    <message>
        <source>Open the database for reading only.</source>
        <translation>เปิดฐานข้อมูลแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Work on the office server known as &lt;name&gt;.</source>
        <translation>ทำงานบนเซิร์ฟเวอร์ของสำนักงานที่ชื่อ &lt;name&gt;</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Read the server password from standard input.</source>
        <translation>อ่านรหัสผ่านเซิร์ฟเวอร์จาก standard input</translation>
    </message>
    <message>
        <source>Connect to the office server known as &lt;name&gt;.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงานที่ชื่อ &lt;name&gt;</translation>
    </message>
    <message>
        <source>Take a workshop offline as a pack, or bring a pack back.</source>
        <translation>นำงานประชุมออกไปใช้แบบออฟไลน์เป็นชุดข้อมูล หรือนำชุดข้อมูลกลับเข้ามา</translation>
    </message>
    <message>
        <source>merge: the pack to bring back.</source>
        <translation>merge: ชุดข้อมูลที่จะนำกลับเข้ามา</translation>
    </message>
    <message>
        <source>Write the pack to &lt;file&gt;.</source>
        <translation>เขียนชุดข้อมูลลงใน &lt;file&gt;</translation>
    </message>
    <message>
        <source>Name the desk or laptop the pack is for.</source>
        <translation>ชื่อโต๊ะหรือเครื่องที่จะใช้ชุดข้อมูลนี้</translation>
    </message>
    <message>
        <source>Take walk-ins alike to someone at the office as new people.</source>
        <translation>ถือว่าผู้ลงทะเบียนหน้างานที่คล้ายกับคนในสำนักงานเป็นคนใหม่</translation>
    </message>
    <message>
        <source>Keep the &lt;version&gt; (pack or office) of outcomes changed on both sides.</source>
        <translation>คงฉบับ &lt;version&gt; (pack หรือ office) ของผลสรุปที่แก้ไขทั้งสองฝั่ง</translation>
    </message>
    <message>
        <source>Read the pack&apos;s passphrase from standard input: make seals the pack with it, merge opens it.</source>
        <translation>อ่านรหัสผ่านของชุดข้อมูลจากอินพุตมาตรฐาน: make ใช้ปิดผนึกชุดข้อมูล merge ใช้เปิด</translation>
    </message>
</context>
</TS>
