<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Paydesk::AccountResolution</name>
    <message numerus="yes">
        <source>Checkout %1 was not found in %n account(s): %2.</source>
        <translation>
            <numerusform>Checkout %1 was not found in %n account: %2.</numerusform>
            <numerusform>Checkout %1 was not found in %n accounts: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutLink</name>
    <message numerus="yes">
        <source>it is longer than %n characters.</source>
        <translation>
            <numerusform>it is longer than %n character.</numerusform>
            <numerusform>it is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupBatch</name>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>%n duplicate left out.</numerusform>
            <numerusform>%n duplicates left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s): %1.</source>
        <translation>
            <numerusform>%n lookup: %1.</numerusform>
            <numerusform>%n lookups: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n canceled</numerusform>
            <numerusform>%n canceled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n checkout(s)…</source>
        <translation>
            <numerusform>Looking up %n checkout…</numerusform>
            <numerusform>Looking up %n checkouts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretKeyRules</name>
    <message numerus="yes">
        <source>The secret key is too short: %n character(s), where a key has at least %1.</source>
        <translation>
            <numerusform>The secret key is too short: %n character, where a key has at least %1.</numerusform>
            <numerusform>The secret key is too short: %n characters, where a key has at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too long: %n character(s), where a key has at most %1.</source>
        <translation>
            <numerusform>The secret key is too long: %n character, where a key has at most %1.</numerusform>
            <numerusform>The secret key is too long: %n characters, where a key has at most %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
