<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>e.g. shop-test</source>
        <translation>مثال: shop-test</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;المزوّد:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;الوضع:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>عنوان URL ال&amp;أساسي:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>المفتاح ال&amp;سرّي:</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;تحقّق من المفتاح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
</context>
<context>
    <name>CheckoutPane</name>
    <message>
        <source>Look up a checkout or select one in the list to see it here.</source>
        <translation>ابحث عن عملية دفع أو اختر واحدة من القائمة لعرضها هنا.</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>وقت البحث</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>حالة HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Copy the request id</source>
        <translation>نسخ معرّف الطلب</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>الحسابات المستعلَم منها</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>إعادة المحاولة بعد</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>خيار غير معروف: %1</translation>
    </message>
    <message>
        <source>The demo server could not start.</source>
        <translation>تعذّر تشغيل الخادم التجريبي.</translation>
    </message>
    <message>
        <source>Demo data: these checkouts come from a built-in server on this computer with made-up accounts. No real provider is asked, no key is used and nothing goes into your history.</source>
        <translation>بيانات تجريبية: عمليات الدفع هذه مصدرها خادم مدمج على هذا الحاسوب بحسابات وهمية. لا يُستعلَم من أي مزوّد حقيقي، ولا يُستخدم أي مفتاح، ولا يُضاف أي شيء إلى سجلّك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Paste a checkout id, several ids or a checkout URL, then press Enter</source>
        <translation>الصق معرّف عملية دفع أو عدة معرّفات أو رابط عملية دفع، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Checkout id or URL (Ctrl+L)</source>
        <translation>معرّف عملية الدفع أو رابطها (Ctrl+L)</translation>
    </message>
    <message>
        <source>The account to look up with; Automatic asks every account that can hold the id</source>
        <translation>الحساب المستخدم في البحث؛ «تلقائي» يستعلم من كل حساب قد يحتوي على هذا المعرّف</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the lookups in progress (Esc)</source>
        <translation>إيقاف عمليات البحث الجارية (Esc)</translation>
    </message>
    <message>
        <source>Filter by id, customer, account or amount</source>
        <translation>تصفية حسب المعرّف أو العميل أو الحساب أو المبلغ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Demo checkouts</source>
        <translation>عمليات دفع &amp;تجريبية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;الحسابات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;حول Paydesk</translation>
    </message>
</context>
<context>
    <name>Paydesk::Account</name>
    <message>
        <source>The base URL is empty.</source>
        <translation>عنوان URL الأساسي فارغ.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>عنوان URL الأساسي ليس عنوانًا صالحًا.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>يجب أن يبدأ عنوان URL الأساسي بـ https://.</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>لا يحتوي عنوان URL الأساسي على اسم مضيف.</translation>
    </message>
    <message>
        <source>The base URL must use https://; plain http:// is allowed only for 127.0.0.1, localhost and [::1].</source>
        <translation>يجب أن يستخدم عنوان URL الأساسي https://؛ ولا يُسمح بـ http:// العادي إلا لـ 127.0.0.1 وlocalhost و[::1].</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>يجب ألّا يحتوي عنوان URL الأساسي على اسم مستخدم أو كلمة سر.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?...).</source>
        <translation>يجب ألّا يحتوي عنوان URL الأساسي على استعلام (?...).</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (#...).</source>
        <translation>يجب ألّا يحتوي عنوان URL الأساسي على جزء (#...).</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>اسم الحساب فارغ.</translation>
    </message>
    <message>
        <source>The account name is longer than 64 characters.</source>
        <translation>اسم الحساب أطول من 64 حرفًا.</translation>
    </message>
    <message>
        <source>The account name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>لا يجوز أن يحتوي اسم الحساب إلا على حروف وأرقام و&apos;-&apos; و&apos;_&apos; و&apos;.&apos;.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountCommand</name>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>test or live.</source>
        <translation>test أو live.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>A custom API root.</source>
        <translation>جذر API مخصّص.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give the mode: --mode test or --mode live.</source>
        <translation>حدّد الوضع: ‎--mode test أو ‎--mode live.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use test or live.</source>
        <translation>وضع غير معروف «%1»: استخدم test أو live.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first with &quot;paydesk account remove %1&quot;.</source>
        <translation>يوجد حساب باسم «%1» من قبل؛ احذفه أولًا باستخدام «paydesk account remove %1».</translation>
    </message>
    <message>
        <source>Secret key for %1 (not shown): </source>
        <translation>المفتاح السرّي لـ %1 (لن يظهر): </translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>لم يُضَف الحساب: %1</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3, %4).</source>
        <translation>أُضيف الحساب %1 (%2، %3، %4).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>طباعة JSON للسكربتات.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>(unavailable: %1)</source>
        <translation>(غير متاح: %1)</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>الحساب %1: %2</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>لا يوجد حساب باسم «%1».</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>لم يُحذف الحساب: %1</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>تعذّرت الكتابة في ملف الإعدادات %1.</translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation>حُذف الحساب %1 ومفتاحه السرّي.</translation>
    </message>
    <message>
        <source>Usage:
  paydesk account add [--] NAME --provider %1 --mode test|live [--base-url URL]
      (the secret key is read from standard input)
  paydesk account list [--json]
  paydesk account remove [--] NAME
  paydesk account COMMAND --help
</source>
        <translation>الاستخدام:
  paydesk account add [--] NAME --provider %1 --mode test|live [--base-url URL]
      (يُقرأ المفتاح السرّي من الدخل القياسي)
  paydesk account list [--json]
  paydesk account remove [--] NAME
  paydesk account COMMAND --help
</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>إحدى القيم: %1.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>اسم الحساب.</translation>
    </message>
    <message>
        <source>Give exactly one account name: paydesk account add NAME --provider %1 --mode test|live [--base-url URL]</source>
        <translation>أدخل اسم حساب واحد فقط: paydesk account add NAME --provider %1 --mode test|live [--base-url URL]</translation>
    </message>
    <message>
        <source>Give the provider: --provider %1.</source>
        <translation>حدّد المزوّد: --provider %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use one of %2.</source>
        <translation>المزوّد &quot;%1&quot; غير معروف: استخدم أحد %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>account list takes no argument.</source>
        <translation>الأمر account list لا يقبل أي وسيط.</translation>
    </message>
    <message>
        <source>No accounts. Add one with: paydesk account add NAME --provider %1 --mode test|live</source>
        <translation>لا توجد حسابات. أضف حسابًا بالأمر: paydesk account add NAME --provider %1 --mode test|live</translation>
    </message>
    <message>
        <source>Give exactly one account name.</source>
        <translation>أدخل اسم حساب واحد فقط.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;.</source>
        <translation>أمر الحساب &quot;%1&quot; غير معروف.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountResolution</name>
    <message numerus="yes">
        <source>Checkout %1 was not found in %n account(s): %2.</source>
        <translation>
            <numerusform>لم يُعثر على عملية الدفع %1 في %n حساب: %2.</numerusform>
            <numerusform>لم يُعثر على عملية الدفع %1 في حساب واحد: %2.</numerusform>
            <numerusform>لم يُعثر على عملية الدفع %1 في حسابين: %2.</numerusform>
            <numerusform>لم يُعثر على عملية الدفع %1 في %n حسابات: %2.</numerusform>
            <numerusform>لم يُعثر على عملية الدفع %1 في %n حسابًا: %2.</numerusform>
            <numerusform>لم يُعثر على عملية الدفع %1 في %n حساب: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” was refused: its secret key is not accepted (%2). Check the key with “paydesk account add”.</source>
        <translation>رُفض الحساب «%1»: مفتاحه السرّي غير مقبول (%2). تحقّق من المفتاح باستخدام «paydesk account add».</translation>
    </message>
    <message>
        <source>Account “%1” may not read this checkout (%2).</source>
        <translation>لا يحقّ للحساب «%1» قراءة عملية الدفع هذه (%2).</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>الحساب «%1»: %2</translation>
    </message>
    <message>
        <source>Not found in %1.</source>
        <translation>غير موجودة في %1.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountStore</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>لا يوجد حساب باسم «%1».</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>يوجد حساب باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>تعذّرت الكتابة في ملف الإعدادات %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>المزوّد &quot;%1&quot; غير معروف.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountsDialog</name>
    <message>
        <source>Account %1</source>
        <translation>الحساب %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation>اتركه فارغًا للإبقاء على المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Paste the secret key</source>
        <translation>الصق المفتاح السرّي</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain only.</source>
        <translation>يُحفظ المفتاح في سلسلة مفاتيح النظام فقط.</translation>
    </message>
    <message>
        <source>Reading the saved key…</source>
        <translation>جارٍ قراءة المفتاح المحفوظ…</translation>
    </message>
    <message>
        <source>Saved key ends in …%1</source>
        <translation>ينتهي المفتاح المحفوظ بـ …%1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>يوجد حساب باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s secret key.</source>
        <translation>أدخل المفتاح السرّي للحساب.</translation>
    </message>
    <message>
        <source>Saved account %1.</source>
        <translation>حُفظ الحساب %1.</translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation>حُذف الحساب %1 ومفتاحه السرّي.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>جارٍ التحقّق من المفتاح لدى %1…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
</context>
<context>
    <name>Paydesk::AttemptSection</name>
    <message>
        <source>Payment attempt</source>
        <translation>محاولة الدفع</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>معرّف المحاولة</translation>
    </message>
    <message>
        <source>Gateway reference</source>
        <translation>مرجع البوابة</translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation>رمز الفشل</translation>
    </message>
    <message>
        <source>Failure category</source>
        <translation>فئة الفشل</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>سبب الفشل</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>التحويل الاحتياطي</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retried on a backup gateway</source>
        <translation>أُعيدت المحاولة عبر بوابة احتياطية</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>نعم: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::BreakdownSection</name>
    <message>
        <source>Amounts</source>
        <translation>المبالغ</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>قبل الخصم</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>After discount</source>
        <translation>بعد الخصم</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Paid by the merchant</source>
        <translation>يدفعها التاجر</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>يدفعها العميل</translation>
    </message>
    <message>
        <source>Fees allocation</source>
        <translation>توزيع الرسوم</translation>
    </message>
    <message>
        <source>Charged as</source>
        <translation>المبلغ المخصوم</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>%1% (−%2)</source>
        <translation>‎%1٪ (−%2)</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation>يدفع العميل الرسوم</translation>
    </message>
    <message>
        <source>The merchant pays the fees</source>
        <translation>يدفع التاجر الرسوم</translation>
    </message>
    <message>
        <source>Split between merchant and customer</source>
        <translation>مقسّمة بين التاجر والعميل</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <source>The provider did not say how the fees are shared.</source>
        <translation>لم يحدّد المزوّد كيفية تقاسم الرسوم.</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChangesSection</name>
    <message>
        <source>Changed since the last lookup</source>
        <translation>تغيّر منذ آخر بحث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>قبل الخصم</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Attempt status</source>
        <translation>حالة المحاولة</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>الإجراء التالي</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>الفشل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <extracomment>A changed value, then the value before it (shown struck through).</extracomment>
        <translation>%1 (سابقًا: %2)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>سابقًا: %1</translation>
    </message>
    <message>
        <source>%1, was %2</source>
        <translation>%1، سابقًا %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1% (−%2)</source>
        <translation>%1٪ (−%2)</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1, paid by: %2</source>
        <translation>%1، يدفعها: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A changed field&apos;s value when the checkout had or has no such part.</extracomment>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChargilyParser</name>
    <message>
        <source>The Chargily response describes a &quot;%1&quot;, not a &quot;%2&quot;.</source>
        <translation>استجابة Chargily تصف «%1» وليس «%2».</translation>
    </message>
    <message>
        <source>The Chargily response could not be read: %1.</source>
        <translation>تعذّرت قراءة استجابة Chargily: %1.</translation>
    </message>
    <message>
        <source>The Chargily response has no checkout id (id).</source>
        <translation>لا تحتوي استجابة Chargily على معرّف عملية الدفع (id).</translation>
    </message>
    <message>
        <source>The Chargily customer could not be read: %1.</source>
        <translation>تعذّرت قراءة بيانات عميل Chargily: %1.</translation>
    </message>
    <message>
        <source>The Chargily customer has no id.</source>
        <translation>لا يملك عميل Chargily معرّفًا.</translation>
    </message>
    <message>
        <source>The Chargily checkout items could not be read: %1.</source>
        <translation>تعذّرت قراءة عناصر عملية الدفع في Chargily: %1.</translation>
    </message>
    <message>
        <source>The Chargily checkout items have no list (data).</source>
        <translation>لا تحتوي عناصر عملية الدفع في Chargily على قائمة (data).</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChargilyProvider</name>
    <message>
        <source>A Chargily checkout id has exactly %1 letters and digits; this one has %2.</source>
        <translation>يتكوّن معرّف عملية الدفع في Chargily من %1 حرفًا ورقمًا بالضبط؛ وهذا المعرّف فيه %2.</translation>
    </message>
    <message>
        <source>a Chargily id of 26 letters and digits</source>
        <translation>معرّف Chargily من 26 حرفًا ورقمًا</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutFetch</name>
    <message>
        <source>The key of account “%1” could not be read.</source>
        <translation>تعذّرت قراءة مفتاح الحساب «%1».</translation>
    </message>
    <message>
        <source>The key stored for account “%1” is empty or contains spaces or control characters; store it again.</source>
        <translation>المفتاح المحفوظ للحساب «%1» فارغ أو يحتوي على مسافات أو أحرف تحكّم؛ احفظه من جديد.</translation>
    </message>
    <message>
        <source>Account “%1” is for a provider this Paydesk does not know (“%2”).</source>
        <translation>الحساب &quot;%1&quot; تابع لمزوّد لا يعرفه Paydesk هذا (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutId</name>
    <message>
        <source>a slash (/)</source>
        <translation>شرطة مائلة (/)</translation>
    </message>
    <message>
        <source>a dot (.)</source>
        <translation>نقطة (.)</translation>
    </message>
    <message>
        <source>a percent sign (%)</source>
        <translation>علامة النسبة المئوية (%)</translation>
    </message>
    <message>
        <source>a question mark (?)</source>
        <translation>علامة استفهام (?)</translation>
    </message>
    <message>
        <source>a hash sign (#)</source>
        <translation>علامة # (#)</translation>
    </message>
    <message>
        <source>a backslash (\)</source>
        <translation>شرطة مائلة عكسية (\)</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>حرفًا من خارج ASCII</translation>
    </message>
    <message>
        <source>The checkout URL is not a valid URL.</source>
        <translation>رابط عملية الدفع ليس رابطًا صالحًا.</translation>
    </message>
    <message>
        <source>The URL holds more than one checkout id; paste the id itself.</source>
        <translation>يحتوي الرابط على أكثر من معرّف عملية دفع؛ الصق المعرّف نفسه.</translation>
    </message>
    <message>
        <source>This looks like an API key, not a checkout id. Keys are stored with &quot;paydesk account add&quot;, never typed as an id.</source>
        <translation>يبدو هذا مفتاح API وليس معرّف عملية دفع. تُحفظ المفاتيح باستخدام «paydesk account add»، ولا تُكتب أبدًا في مكان المعرّف.</translation>
    </message>
    <message>
        <source>Only http:// and https:// checkout URLs are accepted.</source>
        <translation>لا تُقبل إلا روابط عمليات الدفع التي تبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>A checkout id cannot contain %1.</source>
        <translation>لا يجوز أن يحتوي معرّف عملية الدفع على %1.</translation>
    </message>
    <message>
        <source>The input is longer than %1 characters; no checkout id or URL is that long.</source>
        <translation>المُدخَل أطول من %1 حرفًا؛ ولا يوجد معرّف أو رابط عملية دفع بهذا الطول.</translation>
    </message>
    <message>
        <source>The checkout id is empty.</source>
        <translation>معرّف عملية الدفع فارغ.</translation>
    </message>
    <message>
        <source>The checkout id contains a space; enter one id at a time.</source>
        <translation>يحتوي معرّف عملية الدفع على مسافة؛ أدخل معرّفًا واحدًا في كل مرة.</translation>
    </message>
    <message>
        <source>The checkout id contains a control character.</source>
        <translation>يحتوي معرّف عملية الدفع على حرف تحكّم.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>، أو </translation>
    </message>
    <message>
        <source>The URL&apos;s path holds no checkout id (%1).</source>
        <translation>مسار الرابط لا يحتوي على معرّف عملية دفع (%1).</translation>
    </message>
    <message>
        <source>Not a checkout id: expected %1, or a checkout URL.</source>
        <translation>ليس معرّف عملية دفع: المتوقَّع %1، أو رابط عملية دفع.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutLink</name>
    <message>
        <source>This paydesk:// link cannot be opened: %1 A checkout link looks like paydesk://checkout/ID.</source>
        <translation>لا يمكن فتح رابط paydesk:// هذا: %1 يكون رابط عملية الدفع على الشكل paydesk://checkout/ID.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n characters.</source>
        <translation>
            <numerusform>طوله يتجاوز %n حرف.</numerusform>
            <numerusform>طوله يتجاوز حرفًا واحدًا (%n).</numerusform>
            <numerusform>طوله يتجاوز حرفين (%n).</numerusform>
            <numerusform>طوله يتجاوز %n أحرف.</numerusform>
            <numerusform>طوله يتجاوز %n حرفًا.</numerusform>
            <numerusform>طوله يتجاوز %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a valid link.</source>
        <translation>ليس رابطًا صالحًا.</translation>
    </message>
    <message>
        <source>it does not open a checkout.</source>
        <translation>لا يفتح عملية دفع.</translation>
    </message>
    <message>
        <source>it carries more than a checkout.</source>
        <translation>يحمل أكثر من عملية دفع.</translation>
    </message>
    <message>
        <source>it names no checkout.</source>
        <translation>لا يحدّد أي عملية دفع.</translation>
    </message>
    <message>
        <source>a checkout URL inside it must be percent-encoded.</source>
        <translation>يجب ترميز رابط عملية الدفع داخله بترميز النسبة المئوية.</translation>
    </message>
    <message>
        <source>it contains control characters.</source>
        <translation>يحتوي على محارف تحكّم.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutPane</name>
    <message>
        <source>Looking up %1…</source>
        <translation>جارٍ البحث عن %1…</translation>
    </message>
    <message>
        <source>Paydesk keeps secret keys only in the system keychain, and the keychain could not be reached, so no key was read and nothing was asked. Unlock or start the keychain (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>لا يحفظ Paydesk المفاتيح السرّية إلا في سلسلة مفاتيح النظام، وقد تعذّر الوصول إليها، لذا لم يُقرأ أي مفتاح ولم يُرسَل أي استعلام. افتح قفل سلسلة المفاتيح أو شغّلها (مثل GNOME Keyring أو KWallet)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>No account knows this checkout.</source>
        <translation>لا يعرف أي حساب عملية الدفع هذه.</translation>
    </message>
    <message>
        <source>None of the accounts asked knows this checkout: %1. A test checkout is only found with a test key, a live one with a live key.</source>
        <translation>لا يعرف أيٌّ من الحسابات المستعلَم منها عملية الدفع هذه: %1. لا يُعثر على عملية دفع تجريبية إلا بمفتاح تجريبي، ولا على عملية حقيقية إلا بمفتاح حقيقي.</translation>
    </message>
    <message>
        <source>No account can look up this checkout. Add one for its provider in the accounts dialog.</source>
        <translation>لا يوجد حساب يمكنه البحث عن عملية الدفع هذه. أضف حسابًا لمزوّدها من نافذة الحسابات.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s key. Check the key in the accounts dialog.</source>
        <translation>رفض المزوّد مفتاح الحساب. تحقّق من المفتاح في نافذة الحسابات.</translation>
    </message>
    <message>
        <source>Checkout details</source>
        <translation>تفاصيل عملية الدفع</translation>
    </message>
    <message>
        <source>Paste a checkout id, or a checkout URL.</source>
        <translation>الصق معرّف عملية دفع أو رابطها.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutStory</name>
    <message>
        <source>Waiting for the customer to approve on their phone</source>
        <translation>في انتظار موافقة العميل على هاتفه</translation>
    </message>
    <message>
        <source>Waiting for the customer to finish on the payment page</source>
        <translation>في انتظار إتمام العميل على صفحة الدفع</translation>
    </message>
    <message>
        <source>Waiting for the customer (%1)</source>
        <translation>في انتظار العميل (%1)</translation>
    </message>
    <message>
        <source>Waiting for the customer to act</source>
        <translation>في انتظار إجراء من العميل</translation>
    </message>
    <message>
        <source>Last attempt failed</source>
        <translation>فشلت المحاولة الأخيرة</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>فشلت المحاولة الأخيرة: %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>دُفعت %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>فشلت %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>انتهت صلاحيتها %1</translation>
    </message>
    <message>
        <source>Canceled %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>أُلغيت %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>اُستردّت %1</translation>
    </message>
    <message>
        <source>Partially refunded %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>اُستردّت جزئيًا %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a final status and its reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشلت: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::CommandLine</name>
    <message>
        <source>Usage:
  paydesk [--] [ID...]                     open the dashboard (and look these ids up)
  paydesk --demo [--] [ID...]              the dashboard against the built-in demo server
  paydesk lookup [--account NAME] [--json] [--demo] [--] ID...
  paydesk account add [--] NAME --provider %1 --mode test|live [--base-url URL]
  paydesk account list [--json]
  paydesk account remove [--] NAME
  paydesk --version | --help
  paydesk COMMAND --help                   a command&apos;s own help
</source>
        <translation>الاستخدام:
  paydesk [--] [ID...]                     فتح لوحة التحكم (والبحث عن هذه المعرّفات)
  paydesk --demo [--] [ID...]              لوحة التحكم مع خادم العرض التجريبي المدمج
  paydesk lookup [--account NAME] [--json] [--demo] [--] ID...
  paydesk account add [--] NAME --provider %1 --mode test|live [--base-url URL]
  paydesk account list [--json]
  paydesk account remove [--] NAME
  paydesk --version | --help
  paydesk COMMAND --help                   تعليمات الأمر نفسه
</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>وسائط غير متوقَّعة: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::CommandParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه التعليمات.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CustomerSection</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>معرّف العميل</translation>
    </message>
</context>
<context>
    <name>Paydesk::DateTimeText</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time of day, e.g. &quot;2 Dec 2026&quot; and &quot;16:42&quot;.</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Paydesk::ErrorResponse</name>
    <message>
        <source>%1 refused the request as invalid (HTTP %2).</source>
        <translation>رفض %1 الطلب لأنه غير صالح (HTTP ‏%2).</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP 401): check the account&apos;s key and mode.</source>
        <translation>رفض %1 مفتاح API ‏(HTTP 401): تحقّق من مفتاح الحساب ووضعه.</translation>
    </message>
    <message>
        <source>The API key may not read this checkout (HTTP 403).</source>
        <translation>لا يحقّ لمفتاح API قراءة عملية الدفع هذه (HTTP 403).</translation>
    </message>
    <message>
        <source>Checkout not found</source>
        <translation>عملية الدفع غير موجودة</translation>
    </message>
    <message>
        <source>%1 reported a request conflict (HTTP %2).</source>
        <translation>أبلغ %1 عن تعارض في الطلب (HTTP ‏%2).</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate (HTTP 429); try again shortly.</source>
        <translation>يحدّ %1 من معدّل الطلبات (HTTP 429)؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>حدث خطأ في خادم %1 (HTTP ‏%2)؛ حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation>ردّ %1 بحالة HTTP غير متوقعة: %2.</translation>
    </message>
</context>
<context>
    <name>Paydesk::HeaderSection</name>
    <message>
        <source>Copy the checkout id</source>
        <translation>نسخ معرّف عملية الدفع</translation>
    </message>
    <message>
        <source>Copy the payment id</source>
        <translation>نسخ معرّف الدفعة</translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation>بالضبط: %1 %2</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>المزوّد: %1</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>لا يوجد مبلغ</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>رسالة المزوّد: %1</translation>
    </message>
    <message>
        <source>%1 · account %2</source>
        <translation>%1 · الحساب %2</translation>
    </message>
    <message>
        <source>Checkout id</source>
        <translation>معرّف عملية الدفع</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>معرّف الدفعة</translation>
    </message>
    <message>
        <source>Copy the amount as a plain number</source>
        <translation>نسخ المبلغ كرقم مجرّد</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>عملية الدفع</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفعة</translation>
    </message>
</context>
<context>
    <name>Paydesk::ImageLoader</name>
    <message>
        <source>not a valid image address</source>
        <translation>عنوان صورة غير صالح</translation>
    </message>
    <message>
        <source>image addresses with credentials are refused</source>
        <translation>تُرفض عناوين الصور التي تحتوي على بيانات اعتماد</translation>
    </message>
    <message>
        <source>only https image addresses are loaded</source>
        <translation>لا تُحمَّل إلا عناوين الصور التي تبدأ بـ https</translation>
    </message>
    <message>
        <source>the image is larger than %1 bytes</source>
        <translation>حجم الصورة أكبر من %1 بايت</translation>
    </message>
    <message>
        <source>the image server stopped answering</source>
        <translation>توقّف خادم الصور عن الرد</translation>
    </message>
    <message>
        <source>the image request was aborted</source>
        <translation>أُلغي طلب الصورة</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>عمليات إعادة توجيه كثيرة جدًا</translation>
    </message>
    <message>
        <source>redirected to another site (%1)</source>
        <translation>أُعيد التوجيه إلى موقع آخر (%1)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>حالة HTTP ‏%1</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>لا يوجد نوع للمحتوى</translation>
    </message>
    <message>
        <source>the image is too large (%1×%2 pixels)</source>
        <translation>أبعاد الصورة كبيرة جدًا (%1×%2 بكسل)</translation>
    </message>
    <message>
        <source>the image could not be read</source>
        <translation>تعذّرت قراءة الصورة</translation>
    </message>
    <message>
        <source>the image could not be decoded: %1</source>
        <translation>تعذّر فكّ ترميز الصورة: %1</translation>
    </message>
    <message>
        <source>images on this computer or the local network are loaded only from the account&apos;s own server</source>
        <translation>لا تُحمَّل الصور الموجودة على هذا الحاسوب أو الشبكة المحلية إلا من خادم الحساب نفسه</translation>
    </message>
    <message>
        <source>not a raster image (%1)</source>
        <translation>ليست صورة نقطية (%1)</translation>
    </message>
</context>
<context>
    <name>Paydesk::ItemsSection</name>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>إجمالي العناصر</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>تجاوز السعة</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
</context>
<context>
    <name>Paydesk::JsonRead</name>
    <message>
        <source>the body is empty</source>
        <translation>المحتوى فارغ</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ليس JSON صالحًا (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
</context>
<context>
    <name>Paydesk::KeyCheck</name>
    <message>
        <source>The provider answered with a checkout; the key works.</source>
        <translation>ردّ المزوّد بعملية دفع؛ المفتاح يعمل.</translation>
    </message>
    <message>
        <source>Key accepted: the provider answered (404 for a test id).</source>
        <translation>المفتاح مقبول: ردّ المزوّد (404 لمعرّف تجريبي).</translation>
    </message>
    <message>
        <source>Key rejected: the provider answered 401 Unauthorized.</source>
        <translation>المفتاح مرفوض: ردّ المزوّد بـ 401 Unauthorized.</translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation>تعذّر التحقّق من المفتاح: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::KeychainStore</name>
    <message>
        <source>No keychain service is reachable (no D-Bus session bus, or no Secret Service such as GNOME Keyring or KeePassXC on it). Start a desktop session with a keyring, or start one with gnome-keyring-daemon, and try again.</source>
        <translation>لا يمكن الوصول إلى أي خدمة لسلسلة المفاتيح (لا يوجد ناقل جلسة D-Bus، أو لا توجد عليه خدمة Secret Service مثل GNOME Keyring أو KeePassXC). ابدأ جلسة سطح مكتب فيها سلسلة مفاتيح، أو شغّل واحدة باستخدام gnome-keyring-daemon، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (log in to the desktop session, or open it in Passwords and Keys) and allow Paydesk to use it, then try again.</source>
        <translation>سلسلة المفاتيح مقفلة أو رفضت الوصول. افتح قفل سلسلة مفاتيح تسجيل الدخول (بتسجيل الدخول إلى جلسة سطح المكتب، أو من تطبيق «كلمات السر والمفاتيح») واسمح لـ Paydesk باستخدامها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain holds no secret key for account &quot;%1&quot;. Store it again with &quot;paydesk account add&quot; or in the Accounts dialog.</source>
        <translation>لا تحتوي سلسلة المفاتيح على مفتاح سرّي للحساب «%1». احفظه من جديد باستخدام «paydesk account add» أو من نافذة الحسابات.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms. Check that the keyring service is running and is not waiting for a password prompt, then try again.</source>
        <translation>لم تردّ سلسلة المفاتيح خلال %1 ملّي ثانية. تحقّق من أن خدمة سلسلة المفاتيح تعمل وأنها لا تنتظر إدخال كلمة السر، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain failed: %1. Check the keyring service, then try again.</source>
        <translation>فشلت سلسلة المفاتيح: %1. تحقّق من خدمة سلسلة المفاتيح، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring to keep the key in (a new session where none was created yet). Create one: open Passwords and Keys (Seahorse), choose File &gt; New &gt; Password Keyring, name it &quot;Login&quot; and set it as the default; or log out and back in so the desktop creates the login keyring. Then try again.</source>
        <translation>لا تحتوي سلسلة المفاتيح على حلقة مفاتيح افتراضية لحفظ المفتاح فيها (جلسة جديدة لم تُنشأ فيها أي حلقة بعد). أنشئ واحدة: افتح «كلمات السر والمفاتيح» (Seahorse)، واختر ملف &gt; جديد &gt; حلقة مفاتيح كلمات السر، وسمّها &quot;Login&quot; واجعلها الافتراضية؛ أو سجّل الخروج ثم الدخول مجددًا ليُنشئ سطح المكتب حلقة مفاتيح الدخول. ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LinksSection</name>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Copy the checkout URL (Ctrl+Shift+C)</source>
        <translation>نسخ رابط عملية الدفع (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Open the checkout page in the browser</source>
        <translation>فتح صفحة الدفع في المتصفح</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>صفحة الدفع</translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation>رابط النجاح</translation>
    </message>
    <message>
        <source>Failure URL</source>
        <translation>رابط الفشل</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>رابط العودة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>لغة الصفحة</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupBatch</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>عُثر على %n</numerusform>
            <numerusform>عُثر على %n</numerusform>
            <numerusform>عُثر على %n</numerusform>
            <numerusform>عُثر على %n</numerusform>
            <numerusform>عُثر على %n</numerusform>
            <numerusform>عُثر على %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>أُلغي %n</numerusform>
            <numerusform>أُلغي %n</numerusform>
            <numerusform>أُلغي %n</numerusform>
            <numerusform>أُلغي %n</numerusform>
            <numerusform>أُلغي %n</numerusform>
            <numerusform>أُلغي %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s): %1.</source>
        <translation>
            <numerusform>%n عملية بحث: %1.</numerusform>
            <numerusform>عملية بحث واحدة (%n): %1.</numerusform>
            <numerusform>عمليتا بحث (%n): %1.</numerusform>
            <numerusform>%n عمليات بحث: %1.</numerusform>
            <numerusform>%n عملية بحث: %1.</numerusform>
            <numerusform>%n عملية بحث: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>لم يُستبعد أي تكرار (%n).</numerusform>
            <numerusform>اُستبعد تكرار واحد (%n).</numerusform>
            <numerusform>اُستبعد تكراران (%n).</numerusform>
            <numerusform>اُستبعدت %n تكرارات.</numerusform>
            <numerusform>اُستبعد %n تكرارًا.</numerusform>
            <numerusform>اُستبعد %n تكرار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupCommand</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>تعذّر تشغيل الخادم التجريبي.</translation>
    </message>
    <message>
        <source>Ask only this account.</source>
        <translation>الاستعلام من هذا الحساب فقط.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>طباعة JSON للسكربتات.</translation>
    </message>
    <message>
        <source>Use the built-in demo server; no keys needed.</source>
        <translation>استخدام الخادم التجريبي المدمج؛ لا حاجة إلى مفاتيح.</translation>
    </message>
    <message>
        <source>--account needs an account name.</source>
        <translation>يتطلّب الخيار ‎--account اسم حساب.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 MiB of ids: give fewer at a time.</source>
        <translation>يحتوي الدخل القياسي على أكثر من %1 MiB من المعرّفات: أدخل عددًا أقل في كل مرة.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>تعذّرت قراءة الدخل القياسي.</translation>
    </message>
    <message>
        <source>Print CSV for spreadsheets and scripts: one row per id.</source>
        <translation>طباعة CSV لجداول البيانات والسكربتات: سطر لكل معرّف.</translation>
    </message>
    <message>
        <source>Checkout ids or checkout URLs; - (or none, from a pipe) reads them from standard input.</source>
        <translation>معرّفات عمليات الدفع أو روابطها؛ - (أو لا شيء، عبر أنبوب) يقرؤها من الدخل القياسي.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>اختر أحد الخيارين --json و--csv.</translation>
    </message>
    <message>
        <source>Give at least one checkout id, as an argument or on standard input.</source>
        <translation>أدخل معرّف عملية دفع واحدًا على الأقل، كوسيط أو عبر الدخل القياسي.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupEntry</name>
    <message>
        <source>This checkout was too large to keep in the history. Look it up again to see it.</source>
        <translation>كانت عملية الدفع هذه أكبر من أن تُحفظ في السجل. ابحث عنها مجددًا لعرضها.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupJob</name>
    <message>
        <source>The lookup was canceled.</source>
        <translation>أُلغي البحث.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupOutput</name>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>قبل الخصم</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>يدفعه %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>سبب الفشل</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاريخ الإتمام</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Checkout URL</source>
        <translation>رابط عملية الدفع</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>حالة HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>الحسابات المستعلَم منها</translation>
    </message>
    <message>
        <source>amount not sent</source>
        <translation>لم يُرسَل المبلغ</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupService</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>لا يوجد حساب باسم «%1».</translation>
    </message>
    <message>
        <source>Account “%1” is a %2 account, but %3 is a %4 checkout id.</source>
        <translation>الحساب «%1» حساب %2، لكن %3 معرّف عملية دفع من %4.</translation>
    </message>
    <message>
        <source>No %1 account is set up to look up %2. Add one with “paydesk account add”.</source>
        <translation>لم يُعدّ أي حساب %1 للبحث عن %2. أضف حسابًا باستخدام «paydesk account add».</translation>
    </message>
</context>
<context>
    <name>Paydesk::MainWindow</name>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>Look up &amp;all</source>
        <translation>البحث عن ال&amp;كل</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n checkout(s)…</source>
        <translation>
            <numerusform>جارٍ البحث عن %n عملية دفع…</numerusform>
            <numerusform>جارٍ البحث عن عملية دفع واحدة…</numerusform>
            <numerusform>جارٍ البحث عن عمليتَي دفع…</numerusform>
            <numerusform>جارٍ البحث عن %n عمليات دفع…</numerusform>
            <numerusform>جارٍ البحث عن %n عملية دفع…</numerusform>
            <numerusform>جارٍ البحث عن %n عملية دفع…</numerusform>
        </translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>حول Paydesk</translation>
    </message>
    <message>
        <source>No account yet: add one with File › Accounts… or “paydesk account add”</source>
        <translation>لا يوجد حساب بعد: أضف حسابًا من ملف › الحسابات… أو باستخدام «paydesk account add»</translation>
    </message>
    <message>
        <source>Paste a checkout id, several ids or a checkout URL, then press Enter</source>
        <translation>الصق معرّف عملية دفع أو عدة معرّفات أو رابط عملية دفع، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>The demo uses its own accounts</source>
        <translation>يستخدم العرض التجريبي حساباته الخاصة</translation>
    </message>
    <message>
        <source>Recent lookups will not be remembered: %1</source>
        <translation>لن تُحفظ عمليات البحث الأخيرة: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>The history file could not be read. It was moved to %1 and a new history was started.</source>
        <translation>تعذّرت قراءة ملف السجل. نُقل إلى %1 وبدأ سجل جديد.</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;مسح السجل…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>مسح السجل</translation>
    </message>
    <message>
        <source>Remove every lookup from the list and from the history? This cannot be undone.</source>
        <translation>حذف كل عمليات البحث من القائمة ومن السجل؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Looks up %2 checkouts. Secret keys stay in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;يبحث عن عمليات الدفع في %2. تبقى المفاتيح السرّية في سلسلة مفاتيح النظام.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export to CSV</source>
        <translation>ت&amp;صدير إلى CSV</translation>
    </message>
    <message>
        <source>&amp;Selected Rows…</source>
        <translation>الصفوف ال&amp;محدّدة…</translation>
    </message>
    <message>
        <source>S&amp;hown Rows…</source>
        <translation>الصفوف ال&amp;معروضة…</translation>
    </message>
    <message>
        <source>&amp;All Rows…</source>
        <translation>&amp;كل الصفوف…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no row to export.</source>
        <translation>لا يوجد صف للتصدير.</translation>
    </message>
    <message>
        <source>The lookups could not be written to %1: %2</source>
        <translation>تعذّرت كتابة عمليات البحث في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>صُدّر %n صف إلى %1.</numerusform>
            <numerusform>صُدّر صف واحد (%n) إلى %1.</numerusform>
            <numerusform>صُدّر صفّان (%n) إلى %1.</numerusform>
            <numerusform>صُدّرت %n صفوف إلى %1.</numerusform>
            <numerusform>صُدّر %n صفًا إلى %1.</numerusform>
            <numerusform>صُدّر %n صف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkout ids or URLs to look up</source>
        <translation>معرّفات عمليات الدفع أو روابطها للبحث عنها</translation>
    </message>
    <message>
        <source>Account to look up with</source>
        <translation>الحساب المستخدم في البحث</translation>
    </message>
    <message>
        <source>Filter recent lookups</source>
        <translation>تصفية عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Refresh open checkouts by themselves</source>
        <translation>&amp;تحديث عمليات الدفع المفتوحة تلقائيًا</translation>
    </message>
    <message>
        <source>Look up checkouts that are not final again every few seconds, then every minute, for up to 30 minutes</source>
        <translation>إعادة البحث عن عمليات الدفع غير النهائية كل بضع ثوانٍ، ثم كل دقيقة، لمدة تصل إلى 30 دقيقة</translation>
    </message>
    <message>
        <source>Checkout %1 is now %2</source>
        <translation>عملية الدفع %1 أصبحت الآن %2</translation>
    </message>
    <message>
        <source>It was %1. Click to open it in Paydesk.</source>
        <translation>كانت %1. انقر لفتحها في Paydesk.</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>Paydesk::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Paydesk::NetworkErrors</name>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>ردّ %1 بحالة HTTP ‏%2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>لم يردّ %1 في الوقت المحدد. تحقّق من الاتصال وحاول مجددًا.</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent.</source>
        <translation>رُفض الاتصال الآمن بـ %1: %2. لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>رفض %1 الاتصال.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>أغلق %1 الاتصال قبل أن يردّ.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and the connection.</source>
        <translation>تعذّر العثور على الخادم %1. تحقّق من العنوان ومن الاتصال.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>الشبكة غير متاحة.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1.</source>
        <translation>تعذّر على الوكيل الوصول إلى %1.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>أرسل %1 ردًّا ليس HTTP صالحًا.</translation>
    </message>
    <message>
        <source>The request to %1 failed (network error %2).</source>
        <translation>فشل الطلب إلى %1 (خطأ الشبكة %2).</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was cut off.</source>
        <translation>ردّ %1 أكبر من %2 ميبيبايت؛ فاقتُطع.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Paydesk follows redirects only within the same server, so the key was not sent there.</source>
        <translation>أعاد %1 توجيه الطلب إلى %2. لا يتّبع Paydesk إعادة التوجيه إلا داخل الخادم نفسه، لذا لم يُرسَل المفتاح إليه.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times, so Paydesk stopped following it.</source>
        <translation>أعاد %1 توجيه الطلب أكثر من %2 مرات، لذا توقّف Paydesk عن تتبّع إعادة التوجيه.</translation>
    </message>
</context>
<context>
    <name>Paydesk::OrqexParser</name>
    <message>
        <source>The Orqex response could not be read: %1.</source>
        <translation>تعذّرت قراءة استجابة Orqex: %1.</translation>
    </message>
    <message>
        <source>The Orqex response has no checkout id (data.checkout.id).</source>
        <translation>لا تحتوي استجابة Orqex على معرّف عملية الدفع (data.checkout.id).</translation>
    </message>
</context>
<context>
    <name>Paydesk::OrqexProvider</name>
    <message>
        <source>An Orqex checkout id has at least one character after &quot;cs_&quot;.</source>
        <translation>يحتوي معرّف عملية الدفع في Orqex على محرف واحد على الأقل بعد &quot;cs_&quot;.</translation>
    </message>
    <message>
        <source>An Orqex checkout id has at most %1 characters after &quot;cs_&quot;; this one has %2.</source>
        <translation>يحتوي معرّف عملية الدفع في Orqex على %1 محرفًا على الأكثر بعد &quot;cs_&quot;؛ وهذا المعرّف فيه %2.</translation>
    </message>
    <message>
        <source>an Orqex id starting with &quot;cs_&quot;</source>
        <translation>معرّف Orqex يبدأ بـ &quot;cs_&quot;</translation>
    </message>
</context>
<context>
    <name>Paydesk::RawJsonSection</name>
    <message>
        <source>Raw JSON</source>
        <translation>JSON الخام</translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsModel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsView</name>
    <message>
        <source>Copy checkout &amp;URL</source>
        <translation>نسخ &amp;رابط عملية الدفع</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>نسخ ال&amp;معرّف</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>نسخ بصيغة &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;فتح في المتصفح</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>إعادة ال&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Copy &amp;rows for a spreadsheet</source>
        <translation>نسخ ال&amp;صفوف لجدول بيانات</translation>
    </message>
    <message>
        <source>&amp;Fit columns to their contents</source>
        <translation>&amp;ملاءمة الأعمدة لمحتواها</translation>
    </message>
</context>
<context>
    <name>Paydesk::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>خلال %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتين</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::RequestFactory</name>
    <message>
        <source>The address %1 has no host.</source>
        <translation>العنوان %1 لا يحتوي على مضيف.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>يجب ألّا يحتوي العنوان على اسم مستخدم أو كلمة سر.</translation>
    </message>
    <message>
        <source>Refusing to send a key to %1: only https:// addresses are allowed (http:// only on this computer).</source>
        <translation>رُفض إرسال مفتاح إلى %1: لا يُسمح إلا بعناوين https:// (ولا يُسمح بـ http:// إلا على هذا الحاسوب).</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretInput</name>
    <message>
        <source>The secret key is empty: give it on standard input.</source>
        <translation>المفتاح السرّي فارغ: أدخله عبر الدخل القياسي.</translation>
    </message>
    <message>
        <source>The secret key must be a single line.</source>
        <translation>يجب أن يكون المفتاح السرّي سطرًا واحدًا.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 bytes: a secret key has at most %2 characters.</source>
        <translation>يحتوي الدخل القياسي على أكثر من %1 بايت: المفتاح السرّي لا يتجاوز %2 محرفًا.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>تعذّرت قراءة الدخل القياسي.</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretKeyPrefix</name>
    <message>
        <source>%1 %2 keys start with &quot;%3&quot;; this one does not. Check that it is the key of this account and mode.</source>
        <translation>مفاتيح %1 %2 تبدأ بـ &quot;%3&quot;؛ وهذا المفتاح لا يبدأ بها. تحقّق من أنه مفتاح هذا الحساب وهذا الوضع.</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretKeyRules</name>
    <message>
        <source>The secret key is empty.</source>
        <translation>المفتاح السرّي فارغ.</translation>
    </message>
    <message>
        <source>The secret key contains a space or a tab (at position %1): copy the key alone.</source>
        <translation>يحتوي المفتاح السرّي على مسافة أو علامة جدولة (في الموضع %1): انسخ المفتاح وحده.</translation>
    </message>
    <message>
        <source>The secret key contains a control character (at position %1).</source>
        <translation>يحتوي المفتاح السرّي على محرف تحكّم (في الموضع %1).</translation>
    </message>
    <message>
        <source>The secret key contains a character that is not ASCII (at position %1): keys are letters, digits and punctuation only.</source>
        <translation>يحتوي المفتاح السرّي على محرف ليس من ASCII (في الموضع %1): تتكوّن المفاتيح من الحروف والأرقام وعلامات الترقيم فقط.</translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too short: %n character(s), where a key has at least %1.</source>
        <translation>
            <numerusform>المفتاح السرّي قصير جدًا: %n محرف، والمفتاح لا يقل عن %1.</numerusform>
            <numerusform>المفتاح السرّي قصير جدًا: محرف واحد (%n)، والمفتاح لا يقل عن %1.</numerusform>
            <numerusform>المفتاح السرّي قصير جدًا: محرفان (%n)، والمفتاح لا يقل عن %1.</numerusform>
            <numerusform>المفتاح السرّي قصير جدًا: %n محارف، والمفتاح لا يقل عن %1.</numerusform>
            <numerusform>المفتاح السرّي قصير جدًا: %n محرفًا، والمفتاح لا يقل عن %1.</numerusform>
            <numerusform>المفتاح السرّي قصير جدًا: %n محرف، والمفتاح لا يقل عن %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too long: %n character(s), where a key has at most %1.</source>
        <translation>
            <numerusform>المفتاح السرّي طويل جدًا: %n محرف، والمفتاح لا يتجاوز %1.</numerusform>
            <numerusform>المفتاح السرّي طويل جدًا: محرف واحد (%n)، والمفتاح لا يتجاوز %1.</numerusform>
            <numerusform>المفتاح السرّي طويل جدًا: محرفان (%n)، والمفتاح لا يتجاوز %1.</numerusform>
            <numerusform>المفتاح السرّي طويل جدًا: %n محارف، والمفتاح لا يتجاوز %1.</numerusform>
            <numerusform>المفتاح السرّي طويل جدًا: %n محرفًا، والمفتاح لا يتجاوز %1.</numerusform>
            <numerusform>المفتاح السرّي طويل جدًا: %n محرف، والمفتاح لا يتجاوز %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::SingleInstance</name>
    <message>
        <source>There is no runtime folder for this user.</source>
        <translation>لا يوجد مجلد تشغيل لهذا المستخدم.</translation>
    </message>
    <message>
        <source>The folder %1 is not private to this user.</source>
        <translation>المجلد %1 ليس خاصًا بهذا المستخدم.</translation>
    </message>
    <message>
        <source>Another Paydesk is starting and holds %1.</source>
        <translation>يجري تشغيل نسخة أخرى من Paydesk وهي تحتجز %1.</translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusBadge</name>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusStyle</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>يلزم إجراء</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مستردّة</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>مستردّة جزئيًا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>Not a checkout id</source>
        <translation>ليس معرّف عملية دفع</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>المفتاح مرفوض</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>الوصول ممنوع</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>طلبات كثيرة جدًا</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>خطأ في الشبكة</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>استجابة غير متوقعة</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>سلسلة المفاتيح غير متاحة</translation>
    </message>
    <message>
        <source>No account to ask</source>
        <translation>لا يوجد حساب للاستعلام منه</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجودة</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>خطأ في الخادم</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>خطأ TLS</translation>
    </message>
</context>
<context>
    <name>Paydesk::TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>بدأت المحاولة</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Customer asked to act</source>
        <translation>طُلب إجراء من العميل</translation>
    </message>
    <message>
        <source>Attempt failed</source>
        <translation>فشلت المحاولة</translation>
    </message>
    <message>
        <source>Attempt completed</source>
        <translation>اكتملت المحاولة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّثت</translation>
    </message>
    <message>
        <source>%1 (expires in %2)</source>
        <translation>%1 (تنتهي خلال %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (انتهت %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>انتهت صلاحيتها</translation>
    </message>
</context>
<context>
    <name>Paydesk::WindowLaunch</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; in right-to-left languages and as &quot;LTR&quot; in left-to-right ones.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The demo has no key for the account &quot;%1&quot;.</source>
        <translation>لا يملك العرض التجريبي مفتاحًا للحساب «%1».</translation>
    </message>
</context>
</TS>
