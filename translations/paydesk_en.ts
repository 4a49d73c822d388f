<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shop-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutPane</name>
    <message>
        <source>Look up a checkout or select one in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: these checkouts come from a built-in server on this computer with made-up accounts. No real provider is asked, no key is used and nothing goes into your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a checkout id, several ids or a checkout URL, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout id or URL (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to look up with; Automatic asks every account that can hold the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the lookups in progress (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, customer, account or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo checkouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::Account</name>
    <message>
        <source>The base URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must use https://; plain http:// is allowed only for 127.0.0.1, localhost and [::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (#...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountCommand</name>
    <message>
        <source>Usage:
  paydesk account add NAME --provider orqex|chargily --mode test|live [--base-url URL]
      (the secret key is read from standard input)
  paydesk account list [--json]
  paydesk account remove NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orqex or chargily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test or live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom API root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one account name: paydesk account add NAME --provider orqex|chargily --mode test|live [--base-url URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider: --provider orqex or --provider chargily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mode: --mode test or --mode live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use orqex or chargily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use test or live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first with &quot;paydesk account remove %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key for %1 (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk account list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: paydesk account add NAME --provider orqex|chargily --mode test|live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unavailable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk account remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountResolution</name>
    <message numerus="yes">
        <source>Checkout %1 was not found in %n account(s): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” was refused: its secret key is not accepted (%2). Check the key with “paydesk account add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” may not read this checkout (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountStore</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountsDialog</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved key ends in …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::AttemptSection</name>
    <message>
        <source>Payment attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried on a backup gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::BreakdownSection</name>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (−%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant pays the fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split between merchant and customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::ChargilyParser</name>
    <message>
        <source>The Chargily response describes a &quot;%1&quot;, not a &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily response could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily response has no checkout id (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily customer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily customer has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily checkout items could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chargily checkout items have no list (data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutFetch</name>
    <message>
        <source>The key of account “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored for account “%1” is empty or contains spaces or control characters; store it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutId</name>
    <message>
        <source>a slash (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percent sign (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question mark (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hash sign (#)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash (\)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL holds more than one checkout id; paste the id itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s path holds no checkout id (a Chargily id of 26 letters and digits, or an Orqex id starting with &quot;cs_&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an API key, not a checkout id. Keys are stored with &quot;paydesk account add&quot;, never typed as an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// checkout URLs are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkout id cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Orqex checkout id has at least one character after &quot;cs_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Orqex checkout id has at most %1 characters after &quot;cs_&quot;; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Chargily checkout id has exactly %1 letters and digits; this one has %2. Orqex checkout ids start with &quot;cs_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a checkout id: expected a Chargily id (26 letters and digits), an Orqex id starting with &quot;cs_&quot;, or a checkout URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is longer than %1 characters; no checkout id or URL is that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout id contains a space; enter one id at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout id contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutPane</name>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk keeps secret keys only in the system keychain, and the keychain could not be reached, so no key was read and nothing was asked. Unlock or start the keychain (for example GNOME Keyring or KWallet), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account knows this checkout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the accounts asked knows this checkout: %1. A test checkout is only found with a test key, a live one with a live key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account can look up this checkout. Add one for its provider in the accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s key. Check the key in the accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an Orqex or Chargily Pay checkout id, or a checkout URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::CommandLine</name>
    <message>
        <source>Usage:
  paydesk                                  open the dashboard
  paydesk ID...                            open it and look these ids up
  paydesk --demo [ID...]                   the dashboard against the built-in demo server
  paydesk lookup ID... [--account NAME] [--json] [--demo]
  paydesk account add NAME --provider orqex|chargily --mode test|live [--base-url URL]
  paydesk account list [--json]
  paydesk account remove NAME
  paydesk --version | --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::CustomerSection</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::ErrorResponse</name>
    <message>
        <source>%1 refused the request as invalid (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP 401): check the account&apos;s key and mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may not read this checkout (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a request conflict (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting the request rate (HTTP 429); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::HeaderSection</name>
    <message>
        <source>Copy the checkout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the amount as a plain number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::ImageLoader</name>
    <message>
        <source>not a valid image address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image addresses with credentials are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only https image addresses are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image request was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to another site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG image is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is too large (%1×%2 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::ItemsSection</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::JsonRead</name>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::KeyCheck</name>
    <message>
        <source>The provider answered with a checkout; the key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accepted: the provider answered (404 for a test id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected: the provider answered 401 Unauthorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::KeychainStore</name>
    <message>
        <source>No keychain service is reachable (no D-Bus session bus, or no Secret Service such as GNOME Keyring or KeePassXC on it). Start a desktop session with a keyring, or start one with gnome-keyring-daemon, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (log in to the desktop session, or open it in Passwords and Keys) and allow Paydesk to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret key for account &quot;%1&quot;. Store it again with &quot;paydesk account add&quot; or in the Accounts dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms. Check that the keyring service is running and is not waiting for a password prompt, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1. Check the keyring service, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::LinksSection</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the checkout URL (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the checkout page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupCommand</name>
    <message>
        <source>The demo server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo server; no keys needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout ids or checkout URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one checkout id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs an account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk lookup ID... [--account NAME] [--json] [--demo]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupJob</name>
    <message>
        <source>The lookup was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupOutput</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupService</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account “%1” is a %2 account, but %3 is a %4 checkout id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account is set up to look up %2. Add one with “paydesk account add”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::MainWindow</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n checkout(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Looks up Orqex and Chargily Pay checkouts. Secret keys stay in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: add one with File › Accounts… or “paydesk account add”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a checkout id, several ids or a checkout URL, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo uses its own accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent lookups will not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::MetadataSection</name>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::NetworkErrors</name>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed (network error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Paydesk follows redirects only within the same server, so the key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::OrqexParser</name>
    <message>
        <source>The Orqex response could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Orqex response has no checkout id (data.checkout.id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::RawJsonSection</name>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsModel</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsView</name>
    <message>
        <source>Copy checkout &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::RequestFactory</name>
    <message>
        <source>The address %1 has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send a key to %1: only https:// addresses are allowed (http:// only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretInput</name>
    <message>
        <source>The secret key is empty: give it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusBadge</name>
    <message>
        <source>Invalid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusStyle</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a checkout id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paydesk::TimesSection</name>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; in right-to-left languages and as &quot;LTR&quot; in left-to-right ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The demo has no key for the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
