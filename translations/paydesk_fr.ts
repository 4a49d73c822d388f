<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. shop-test</source>
        <translation>p. ex. boutique-test</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CheckoutPane</name>
    <message>
        <source>Look up a checkout or select one in the list to see it here.</source>
        <translation>Recherchez une session de paiement ou sélectionnez-en une dans la liste pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>Recherchée le</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Copy the request id</source>
        <translation>Copier l’ID de requête</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>Comptes interrogés</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Réessayer après</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server could not start.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Demo data: these checkouts come from a built-in server on this computer with made-up accounts. No real provider is asked, no key is used and nothing goes into your history.</source>
        <translation>Données de démonstration&#xa0;: ces sessions de paiement proviennent d’un serveur intégré, sur cet ordinateur, avec des comptes fictifs. Aucun vrai prestataire n’est interrogé, aucune clé n’est utilisée et rien n’est ajouté à votre historique.</translation>
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
        <translation>Collez un ID de paiement, plusieurs ID ou une URL de paiement, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Checkout id or URL (Ctrl+L)</source>
        <translation>ID ou URL de paiement (Ctrl+L)</translation>
    </message>
    <message>
        <source>The account to look up with; Automatic asks every account that can hold the id</source>
        <translation>Le compte à utiliser pour la recherche&#x202f;; «&#xa0;Automatique&#xa0;» interroge tous les comptes susceptibles de détenir cet ID</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the lookups in progress (Esc)</source>
        <translation>Arrêter les recherches en cours (Échap)</translation>
    </message>
    <message>
        <source>Filter by id, customer, account or amount</source>
        <translation>Filtrer par ID, client, compte ou montant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Demo checkouts</source>
        <translation>Paiements de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>À &amp;propos de Paydesk</translation>
    </message>
</context>
<context>
    <name>Paydesk::Account</name>
    <message>
        <source>The base URL is empty.</source>
        <translation>L’URL de base est vide.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>L’URL de base n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>L’URL de base doit commencer par https://.</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>L’URL de base n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The base URL must use https://; plain http:// is allowed only for 127.0.0.1, localhost and [::1].</source>
        <translation>L’URL de base doit utiliser https://&#x202f;; le simple http:// n’est admis que pour 127.0.0.1, localhost et [::1].</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?...).</source>
        <translation>L’URL de base ne doit pas contenir de requête (?...).</translation>
    </message>
    <message>
        <source>The base URL must not contain a fragment (#...).</source>
        <translation>L’URL de base ne doit pas contenir de fragment (#...).</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Le nom du compte est vide.</translation>
    </message>
    <message>
        <source>The account name is longer than 64 characters.</source>
        <translation>Le nom du compte dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The account name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Le nom du compte ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountCommand</name>
    <message>
        <source>PROVIDER</source>
        <translation>PRESTATAIRE</translation>
    </message>
    <message>
        <source>test or live.</source>
        <translation>test ou live.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>A custom API root.</source>
        <translation>Une racine d’API personnalisée.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give the mode: --mode test or --mode live.</source>
        <translation>Indiquez le mode&#xa0;: --mode test ou --mode live.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use test or live.</source>
        <translation>Mode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez test ou live.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first with &quot;paydesk account remove %1&quot;.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà&#x202f;; supprimez-le d’abord avec «&#xa0;paydesk account remove %1&#xa0;».</translation>
    </message>
    <message>
        <source>Secret key for %1 (not shown): </source>
        <translation>Clé secrète de %1 (masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n’a pas été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added account %1 (%2, %3, %4).</source>
        <translation>Compte %1 ajouté (%2, %3, %4).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>URL DE BASE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>(unavailable: %1)</source>
        <translation>(indisponible&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Le compte n’a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation>Compte %1 et sa clé secrète supprimés.</translation>
    </message>
    <message>
        <source>Usage:
  paydesk account add [--] NAME --provider %1 --mode test|live [--base-url URL]
      (the secret key is read from standard input)
  paydesk account list [--json]
  paydesk account remove [--] NAME
  paydesk account COMMAND --help
</source>
        <translation>Utilisation&#xa0;:
  paydesk account add [--] NOM --provider %1 --mode test|live [--base-url URL]
      (la clé secrète est lue sur l’entrée standard)
  paydesk account list [--json]
  paydesk account remove [--] NOM
  paydesk account COMMANDE --help
</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>L’une des valeurs %1.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>Give exactly one account name: paydesk account add NAME --provider %1 --mode test|live [--base-url URL]</source>
        <translation>Donnez un seul nom de compte&#xa0;: paydesk account add NOM --provider %1 --mode test|live [--base-url URL]</translation>
    </message>
    <message>
        <source>Give the provider: --provider %1.</source>
        <translation>Indiquez le prestataire&#xa0;: --provider %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use one of %2.</source>
        <translation>Prestataire «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>account list takes no argument.</source>
        <translation>account list ne prend aucun argument.</translation>
    </message>
    <message>
        <source>No accounts. Add one with: paydesk account add NAME --provider %1 --mode test|live</source>
        <translation>Aucun compte. Ajoutez-en un avec&#xa0;: paydesk account add NOM --provider %1 --mode test|live</translation>
    </message>
    <message>
        <source>Give exactly one account name.</source>
        <translation>Donnez un seul nom de compte.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;.</source>
        <translation>Commande de compte «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountResolution</name>
    <message numerus="yes">
        <source>Checkout %1 was not found in %n account(s): %2.</source>
        <translation>
            <numerusform>Le paiement %1 est introuvable dans %n compte&#xa0;: %2.</numerusform>
            <numerusform>Le paiement %1 est introuvable dans les %n comptes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” was refused: its secret key is not accepted (%2). Check the key with “paydesk account add”.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été refusé&#xa0;: sa clé secrète n’est pas acceptée (%2). Vérifiez la clé avec «&#xa0;paydesk account add&#xa0;».</translation>
    </message>
    <message>
        <source>Account “%1” may not read this checkout (%2).</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas le droit de lire ce paiement (%2).</translation>
    </message>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not found in %1.</source>
        <translation>Introuvable dans %1.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountStore</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Impossible d’écrire le fichier de paramètres %1.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Prestataire «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
</context>
<context>
    <name>Paydesk::AccountsDialog</name>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation>Laisser vide pour conserver la clé enregistrée</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Paste the secret key</source>
        <translation>Collez la clé secrète</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain only.</source>
        <translation>La clé est conservée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Reading the saved key…</source>
        <translation>Lecture de la clé enregistrée…</translation>
    </message>
    <message>
        <source>Saved key ends in …%1</source>
        <translation>La clé enregistrée se termine par …%1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s secret key.</source>
        <translation>Saisissez la clé secrète du compte.</translation>
    </message>
    <message>
        <source>Saved account %1.</source>
        <translation>Compte %1 enregistré.</translation>
    </message>
    <message>
        <source>Removed account %1 and its secret key.</source>
        <translation>Compte %1 et sa clé secrète supprimés.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>Paydesk::AttemptSection</name>
    <message>
        <source>Payment attempt</source>
        <translation>Tentative de paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempt id</source>
        <translation>ID de la tentative</translation>
    </message>
    <message>
        <source>Gateway reference</source>
        <translation>Référence de la passerelle</translation>
    </message>
    <message>
        <source>Failure code</source>
        <translation>Code d’échec</translation>
    </message>
    <message>
        <source>Failure category</source>
        <translation>Catégorie d’échec</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Basculement</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Action suivante</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retried on a backup gateway</source>
        <translation>Relancée sur une passerelle de secours</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::BreakdownSection</name>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>Avant remise</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>After discount</source>
        <translation>Après remise</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Paid by the merchant</source>
        <translation>À la charge du marchand</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>À la charge du client</translation>
    </message>
    <message>
        <source>Fees allocation</source>
        <translation>Répartition des frais</translation>
    </message>
    <message>
        <source>Charged as</source>
        <translation>Débité en</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>%1% (−%2)</source>
        <translation>%1&#xa0;% (−%2)</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>The customer pays the fees</source>
        <translation>Le client paie les frais</translation>
    </message>
    <message>
        <source>The merchant pays the fees</source>
        <translation>Le marchand paie les frais</translation>
    </message>
    <message>
        <source>Split between merchant and customer</source>
        <translation>Partagés entre le marchand et le client</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non transmis</translation>
    </message>
    <message>
        <source>The provider did not say how the fees are shared.</source>
        <translation>Le prestataire n’a pas indiqué la répartition des frais.</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChangesSection</name>
    <message>
        <source>Changed since the last lookup</source>
        <translation>Modifié depuis la dernière recherche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>Avant remise</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Attempt status</source>
        <translation>Statut de la tentative</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Action suivante</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <extracomment>A changed value, then the value before it (shown struck through).</extracomment>
        <translation>%1 (avant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, was %2</source>
        <translation>%1, auparavant %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1% (−%2)</source>
        <translation>%1 % (−%2)</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1, paid by: %2</source>
        <translation>%1, à la charge de&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A changed field&apos;s value when the checkout had or has no such part.</extracomment>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChargilyParser</name>
    <message>
        <source>The Chargily response describes a &quot;%1&quot;, not a &quot;%2&quot;.</source>
        <translation>La réponse de Chargily décrit un objet «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The Chargily response could not be read: %1.</source>
        <translation>Impossible de lire la réponse de Chargily&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The Chargily response has no checkout id (id).</source>
        <translation>La réponse de Chargily ne contient pas d’ID de paiement (id).</translation>
    </message>
    <message>
        <source>The Chargily customer could not be read: %1.</source>
        <translation>Impossible de lire le client Chargily&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The Chargily customer has no id.</source>
        <translation>Le client Chargily n’a pas d’ID.</translation>
    </message>
    <message>
        <source>The Chargily checkout items could not be read: %1.</source>
        <translation>Impossible de lire les articles du paiement Chargily&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The Chargily checkout items have no list (data).</source>
        <translation>Les articles du paiement Chargily ne contiennent pas de liste (data).</translation>
    </message>
</context>
<context>
    <name>Paydesk::ChargilyProvider</name>
    <message>
        <source>A Chargily checkout id has exactly %1 letters and digits; this one has %2.</source>
        <translation>Un ID de paiement Chargily comporte exactement %1 lettres et chiffres&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>a Chargily id of 26 letters and digits</source>
        <translation>un ID Chargily de 26 lettres et chiffres</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutFetch</name>
    <message>
        <source>The key of account “%1” could not be read.</source>
        <translation>Impossible de lire la clé du compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key stored for account “%1” is empty or contains spaces or control characters; store it again.</source>
        <translation>La clé enregistrée pour le compte «&#xa0;%1&#xa0;» est vide ou contient des espaces ou des caractères de contrôle&#x202f;; enregistrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Account “%1” is for a provider this Paydesk does not know (“%2”).</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est lié à un prestataire que ce Paydesk ne connaît pas («&#xa0;%2&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutId</name>
    <message>
        <source>a slash (/)</source>
        <translation>une barre oblique (/)</translation>
    </message>
    <message>
        <source>a dot (.)</source>
        <translation>un point (.)</translation>
    </message>
    <message>
        <source>a percent sign (%)</source>
        <translation>un signe pour cent (%)</translation>
    </message>
    <message>
        <source>a question mark (?)</source>
        <translation>un point d’interrogation (?)</translation>
    </message>
    <message>
        <source>a hash sign (#)</source>
        <translation>un croisillon (#)</translation>
    </message>
    <message>
        <source>a backslash (\)</source>
        <translation>une barre oblique inversée (\)</translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation>un caractère non ASCII</translation>
    </message>
    <message>
        <source>The checkout URL is not a valid URL.</source>
        <translation>L’URL de paiement n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL holds more than one checkout id; paste the id itself.</source>
        <translation>L’URL contient plusieurs ID de paiement&#x202f;; collez directement l’ID.</translation>
    </message>
    <message>
        <source>This looks like an API key, not a checkout id. Keys are stored with &quot;paydesk account add&quot;, never typed as an id.</source>
        <translation>Ceci ressemble à une clé d’API, pas à un ID de paiement. Les clés s’enregistrent avec «&#xa0;paydesk account add&#xa0;», elles ne se saisissent jamais comme un ID.</translation>
    </message>
    <message>
        <source>Only http:// and https:// checkout URLs are accepted.</source>
        <translation>Seules les URL de paiement en http:// et https:// sont acceptées.</translation>
    </message>
    <message>
        <source>A checkout id cannot contain %1.</source>
        <translation>Un ID de paiement ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>The input is longer than %1 characters; no checkout id or URL is that long.</source>
        <translation>La saisie dépasse %1 caractères&#x202f;; aucun ID ni aucune URL de paiement n’est aussi long.</translation>
    </message>
    <message>
        <source>The checkout id is empty.</source>
        <translation>L’ID de paiement est vide.</translation>
    </message>
    <message>
        <source>The checkout id contains a space; enter one id at a time.</source>
        <translation>L’ID de paiement contient une espace&#x202f;; saisissez un seul ID à la fois.</translation>
    </message>
    <message>
        <source>The checkout id contains a control character.</source>
        <translation>L’ID de paiement contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, ou </translation>
    </message>
    <message>
        <source>The URL&apos;s path holds no checkout id (%1).</source>
        <translation>Le chemin de l’URL ne contient aucun ID de paiement (%1).</translation>
    </message>
    <message>
        <source>Not a checkout id: expected %1, or a checkout URL.</source>
        <translation>Ce n’est pas un ID de paiement&#xa0;: attendu %1, ou une URL de paiement.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutLink</name>
    <message>
        <source>This paydesk:// link cannot be opened: %1 A checkout link looks like paydesk://checkout/ID.</source>
        <translation>Ce lien paydesk:// ne peut pas être ouvert&#xa0;: %1 Un lien de paiement a la forme paydesk://checkout/ID.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n characters.</source>
        <translation>
            <numerusform>il dépasse %n caractère.</numerusform>
            <numerusform>il dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a valid link.</source>
        <translation>ce n’est pas un lien valide.</translation>
    </message>
    <message>
        <source>it does not open a checkout.</source>
        <translation>il n’ouvre pas de paiement.</translation>
    </message>
    <message>
        <source>it carries more than a checkout.</source>
        <translation>il contient plus qu’un paiement.</translation>
    </message>
    <message>
        <source>it names no checkout.</source>
        <translation>il ne désigne aucun paiement.</translation>
    </message>
    <message>
        <source>a checkout URL inside it must be percent-encoded.</source>
        <translation>une URL de paiement qu’il contient doit être encodée en pourcentage.</translation>
    </message>
    <message>
        <source>it contains control characters.</source>
        <translation>il contient des caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutPane</name>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Paydesk keeps secret keys only in the system keychain, and the keychain could not be reached, so no key was read and nothing was asked. Unlock or start the keychain (for example GNOME Keyring or KWallet), then retry.</source>
        <translation>Paydesk ne conserve les clés secrètes que dans le trousseau du système, et celui-ci est injoignable&#xa0;: aucune clé n’a été lue et rien n’a été demandé. Déverrouillez ou lancez le trousseau (par exemple GNOME Keyring ou KWallet), puis réessayez.</translation>
    </message>
    <message>
        <source>No account knows this checkout.</source>
        <translation>Aucun compte ne connaît ce paiement.</translation>
    </message>
    <message>
        <source>None of the accounts asked knows this checkout: %1. A test checkout is only found with a test key, a live one with a live key.</source>
        <translation>Aucun des comptes interrogés ne connaît ce paiement&#xa0;: %1. Un paiement de test ne se trouve qu’avec une clé de test, un paiement réel qu’avec une clé de production.</translation>
    </message>
    <message>
        <source>No account can look up this checkout. Add one for its provider in the accounts dialog.</source>
        <translation>Aucun compte ne peut rechercher ce paiement. Ajoutez-en un pour son prestataire dans la fenêtre des comptes.</translation>
    </message>
    <message>
        <source>The provider refused the account&apos;s key. Check the key in the accounts dialog.</source>
        <translation>Le prestataire a refusé la clé du compte. Vérifiez-la dans la fenêtre des comptes.</translation>
    </message>
    <message>
        <source>Checkout details</source>
        <translation>Détails du paiement</translation>
    </message>
    <message>
        <source>Paste a checkout id, or a checkout URL.</source>
        <translation>Collez un ID de paiement ou une URL de paiement.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CheckoutStory</name>
    <message>
        <source>Waiting for the customer to approve on their phone</source>
        <translation>En attente de l’approbation du client sur son téléphone</translation>
    </message>
    <message>
        <source>Waiting for the customer to finish on the payment page</source>
        <translation>En attente du client sur la page de paiement</translation>
    </message>
    <message>
        <source>Waiting for the customer (%1)</source>
        <translation>En attente du client (%1)</translation>
    </message>
    <message>
        <source>Waiting for the customer to act</source>
        <translation>En attente d’une action du client</translation>
    </message>
    <message>
        <source>Last attempt failed</source>
        <translation>La dernière tentative a échoué</translation>
    </message>
    <message>
        <source>Last attempt failed: %1</source>
        <translation>La dernière tentative a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Payée %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Échouée %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Expirée %1</translation>
    </message>
    <message>
        <source>Canceled %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Annulée %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Remboursée %1</translation>
    </message>
    <message>
        <source>Partially refunded %1</source>
        <comment>%1 is a time such as &quot;2 hours ago&quot;</comment>
        <translation>Partiellement remboursée %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a final status and its reason</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
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
        <translation>Utilisation&#xa0;:
  paydesk [--] [ID...]                     ouvrir le tableau de bord (et rechercher ces ID)
  paydesk --demo [--] [ID...]              le tableau de bord avec le serveur de démonstration intégré
  paydesk lookup [--account NOM] [--json] [--demo] [--] ID...
  paydesk account add [--] NOM --provider %1 --mode test|live [--base-url URL]
  paydesk account list [--json]
  paydesk account remove [--] NOM
  paydesk --version | --help
  paydesk COMMANDE --help                  l’aide d’une commande
</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::CommandParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>Paydesk::CustomerSection</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID client</translation>
    </message>
</context>
<context>
    <name>Paydesk::DateTimeText</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time of day, e.g. &quot;2 Dec 2026&quot; and &quot;16:42&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Paydesk::ErrorResponse</name>
    <message>
        <source>%1 refused the request as invalid (HTTP %2).</source>
        <translation>%1 a refusé la requête, jugée non valide (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP 401): check the account&apos;s key and mode.</source>
        <translation>%1 a refusé la clé d’API (HTTP 401)&#xa0;: vérifiez la clé et le mode du compte.</translation>
    </message>
    <message>
        <source>The API key may not read this checkout (HTTP 403).</source>
        <translation>La clé d’API n’a pas le droit de lire ce paiement (HTTP 403).</translation>
    </message>
    <message>
        <source>Checkout not found</source>
        <translation>Paiement introuvable</translation>
    </message>
    <message>
        <source>%1 reported a request conflict (HTTP %2).</source>
        <translation>%1 a signalé un conflit de requête (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate (HTTP 429); try again shortly.</source>
        <translation>%1 limite le débit des requêtes (HTTP 429)&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2)&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2.</source>
        <translation>%1 a répondu avec un statut HTTP inattendu&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Paydesk::HeaderSection</name>
    <message>
        <source>Copy the checkout id</source>
        <translation>Copier l’ID de paiement</translation>
    </message>
    <message>
        <source>Copy the payment id</source>
        <translation>Copier l’ID de la transaction</translation>
    </message>
    <message>
        <source>Exact: %1 %2</source>
        <translation>Exact&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Prestataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Aucun montant</translation>
    </message>
    <message>
        <source>The provider says: %1</source>
        <translation>Message du prestataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · account %2</source>
        <translation>%1 · compte %2</translation>
    </message>
    <message>
        <source>Checkout id</source>
        <translation>ID de paiement</translation>
    </message>
    <message>
        <source>Payment id</source>
        <translation>ID de transaction</translation>
    </message>
    <message>
        <source>Copy the amount as a plain number</source>
        <translation>Copier le montant sous forme de nombre brut</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Session de paiement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Transaction</translation>
    </message>
</context>
<context>
    <name>Paydesk::ImageLoader</name>
    <message>
        <source>not a valid image address</source>
        <translation>adresse d’image non valide</translation>
    </message>
    <message>
        <source>image addresses with credentials are refused</source>
        <translation>les adresses d’image contenant des identifiants sont refusées</translation>
    </message>
    <message>
        <source>only https image addresses are loaded</source>
        <translation>seules les adresses d’image en https sont chargées</translation>
    </message>
    <message>
        <source>the image is larger than %1 bytes</source>
        <translation>l’image dépasse %1 octets</translation>
    </message>
    <message>
        <source>the image server stopped answering</source>
        <translation>le serveur d’images ne répond plus</translation>
    </message>
    <message>
        <source>the image request was aborted</source>
        <translation>la requête d’image a été interrompue</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>trop de redirections</translation>
    </message>
    <message>
        <source>redirected to another site (%1)</source>
        <translation>redirection vers un autre site (%1)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>the image is too large (%1×%2 pixels)</source>
        <translation>l’image est trop grande (%1×%2 pixels)</translation>
    </message>
    <message>
        <source>the image could not be read</source>
        <translation>impossible de lire l’image</translation>
    </message>
    <message>
        <source>the image could not be decoded: %1</source>
        <translation>impossible de décoder l’image&#xa0;: %1</translation>
    </message>
    <message>
        <source>images on this computer or the local network are loaded only from the account&apos;s own server</source>
        <translation>les images de cet ordinateur ou du réseau local ne sont chargées que depuis le serveur du compte</translation>
    </message>
    <message>
        <source>not a raster image (%1)</source>
        <translation>pas une image matricielle (%1)</translation>
    </message>
</context>
<context>
    <name>Paydesk::ItemsSection</name>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items total</source>
        <translation>Total des articles</translation>
    </message>
    <message>
        <source>overflow</source>
        <translation>dépassement de capacité</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non transmis</translation>
    </message>
</context>
<context>
    <name>Paydesk::JsonRead</name>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Paydesk::KeyCheck</name>
    <message>
        <source>The provider answered with a checkout; the key works.</source>
        <translation>Le prestataire a renvoyé une session de paiement&#xa0;: la clé fonctionne.</translation>
    </message>
    <message>
        <source>Key accepted: the provider answered (404 for a test id).</source>
        <translation>Clé acceptée&#xa0;: le prestataire a répondu (404 pour un ID de test).</translation>
    </message>
    <message>
        <source>Key rejected: the provider answered 401 Unauthorized.</source>
        <translation>Clé refusée&#xa0;: le prestataire a répondu 401 Unauthorized.</translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation>Impossible de vérifier la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Paydesk::KeychainStore</name>
    <message>
        <source>No keychain service is reachable (no D-Bus session bus, or no Secret Service such as GNOME Keyring or KeePassXC on it). Start a desktop session with a keyring, or start one with gnome-keyring-daemon, and try again.</source>
        <translation>Aucun service de trousseau n’est joignable (pas de bus de session D-Bus, ou aucun Secret Service tel que GNOME Keyring ou KeePassXC sur ce bus). Ouvrez une session de bureau avec un trousseau, ou lancez-en un avec gnome-keyring-daemon, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (log in to the desktop session, or open it in Passwords and Keys) and allow Paydesk to use it, then try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez votre trousseau de connexion (en ouvrant la session de bureau, ou dans Mots de passe et clés) et autorisez Paydesk à l’utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain holds no secret key for account &quot;%1&quot;. Store it again with &quot;paydesk account add&quot; or in the Accounts dialog.</source>
        <translation>Le trousseau ne contient aucune clé secrète pour le compte «&#xa0;%1&#xa0;». Enregistrez-la de nouveau avec «&#xa0;paydesk account add&#xa0;» ou dans la fenêtre Comptes.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 ms. Check that the keyring service is running and is not waiting for a password prompt, then try again.</source>
        <translation>Le trousseau n’a pas répondu en %1 ms. Vérifiez que le service de trousseau est lancé et n’attend pas une saisie de mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed: %1. Check the keyring service, then try again.</source>
        <translation>Erreur du trousseau&#xa0;: %1. Vérifiez le service de trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring to keep the key in (a new session where none was created yet). Create one: open Passwords and Keys (Seahorse), choose File &gt; New &gt; Password Keyring, name it &quot;Login&quot; and set it as the default; or log out and back in so the desktop creates the login keyring. Then try again.</source>
        <translation>Le trousseau n’a pas de trousseau par défaut où conserver la clé (nouvelle session où aucun n’a encore été créé). Créez-en un&#xa0;: ouvrez Mots de passe et clés (Seahorse), choisissez Fichier &gt; Nouveau &gt; Trousseau de mots de passe, nommez-le «&#xa0;Login&#xa0;» et définissez-le par défaut&#xa0;; ou déconnectez-vous puis reconnectez-vous pour que le bureau crée le trousseau de connexion. Puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LinksSection</name>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Copy the checkout URL (Ctrl+Shift+C)</source>
        <translation>Copier l’URL de paiement (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Open the checkout page in the browser</source>
        <translation>Ouvrir la page de paiement dans le navigateur</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>Success URL</source>
        <translation>URL de réussite</translation>
    </message>
    <message>
        <source>Failure URL</source>
        <translation>URL d’échec</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>URL de retour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Langue de la page</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupBatch</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s): %1.</source>
        <translation>
            <numerusform>%n recherche&#xa0;: %1.</numerusform>
            <numerusform>%n recherches&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupCommand</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>Le serveur de démonstration n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Ask only this account.</source>
        <translation>N’interroger que ce compte.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>Use the built-in demo server; no keys needed.</source>
        <translation>Utiliser le serveur de démonstration intégré&#x202f;; aucune clé n’est nécessaire.</translation>
    </message>
    <message>
        <source>--account needs an account name.</source>
        <translation>--account attend un nom de compte.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 MiB of ids: give fewer at a time.</source>
        <translation>L’entrée standard contient plus de %1 Mio d’ID&#xa0;: donnez-en moins à la fois.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L’entrée standard n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Print CSV for spreadsheets and scripts: one row per id.</source>
        <translation>Afficher du CSV pour les tableurs et les scripts&#xa0;: une ligne par ID.</translation>
    </message>
    <message>
        <source>Checkout ids or checkout URLs; - (or none, from a pipe) reads them from standard input.</source>
        <translation>ID ou URL de paiement&#xa0;; - (ou rien, depuis un tube) les lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Choisissez soit --json, soit --csv.</translation>
    </message>
    <message>
        <source>Give at least one checkout id, as an argument or on standard input.</source>
        <translation>Donnez au moins un ID de paiement, en argument ou sur l’entrée standard.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupEntry</name>
    <message>
        <source>This checkout was too large to keep in the history. Look it up again to see it.</source>
        <translation>Ce paiement était trop volumineux pour être conservé dans l’historique. Recherchez-le à nouveau pour l’afficher.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupJob</name>
    <message>
        <source>The lookup was canceled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupOutput</name>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Before discount</source>
        <translation>Avant remise</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>à la charge de %1</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Checkout URL</source>
        <translation>URL de paiement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>Comptes interrogés</translation>
    </message>
    <message>
        <source>amount not sent</source>
        <translation>montant non transmis</translation>
    </message>
</context>
<context>
    <name>Paydesk::LookupService</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Aucun compte ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Account “%1” is a %2 account, but %3 is a %4 checkout id.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est un compte %2, mais %3 est un ID de paiement %4.</translation>
    </message>
    <message>
        <source>No %1 account is set up to look up %2. Add one with “paydesk account add”.</source>
        <translation>Aucun compte %1 n’est configuré pour rechercher %2. Ajoutez-en un avec «&#xa0;paydesk account add&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Paydesk::MainWindow</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Look up &amp;all</source>
        <translation>Tout &amp;rechercher</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %n checkout(s)…</source>
        <translation>
            <numerusform>Recherche de %n paiement…</numerusform>
            <numerusform>Recherche de %n paiements…</numerusform>
        </translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>À propos de Paydesk</translation>
    </message>
    <message>
        <source>No account yet: add one with File › Accounts… or “paydesk account add”</source>
        <translation>Aucun compte pour l’instant&#xa0;: ajoutez-en un avec Fichier › Comptes… ou «&#xa0;paydesk account add&#xa0;»</translation>
    </message>
    <message>
        <source>Paste a checkout id, several ids or a checkout URL, then press Enter</source>
        <translation>Collez un ID de paiement, plusieurs ID ou une URL de paiement, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>The demo uses its own accounts</source>
        <translation>La démonstration utilise ses propres comptes</translation>
    </message>
    <message>
        <source>Recent lookups will not be remembered: %1</source>
        <translation>Les recherches récentes ne seront pas conservées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The history file could not be read. It was moved to %1 and a new history was started.</source>
        <translation>Le fichier d’historique n’a pas pu être lu. Il a été déplacé vers %1 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Effacer l’historique…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Remove every lookup from the list and from the history? This cannot be undone.</source>
        <translation>Retirer toutes les recherches de la liste et de l’historique&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Looks up %2 checkouts. Secret keys stay in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paydesk %1&lt;/h3&gt;&lt;p&gt;Recherche les paiements %2. Les clés secrètes restent dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export to CSV</source>
        <translation>E&amp;xporter en CSV</translation>
    </message>
    <message>
        <source>&amp;Selected Rows…</source>
        <translation>Lignes &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>S&amp;hown Rows…</source>
        <translation>Lignes &amp;affichées…</translation>
    </message>
    <message>
        <source>&amp;All Rows…</source>
        <translation>&amp;Toutes les lignes…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is no row to export.</source>
        <translation>Aucune ligne à exporter.</translation>
    </message>
    <message>
        <source>The lookups could not be written to %1: %2</source>
        <translation>Les recherches n’ont pas pu être écrites dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkout ids or URLs to look up</source>
        <translation>ID ou URL de paiement à rechercher</translation>
    </message>
    <message>
        <source>Account to look up with</source>
        <translation>Compte à utiliser pour la recherche</translation>
    </message>
    <message>
        <source>Filter recent lookups</source>
        <translation>Filtrer les recherches récentes</translation>
    </message>
    <message>
        <source>Recent lookups</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>&amp;Refresh open checkouts by themselves</source>
        <translation>&amp;Actualiser automatiquement les paiements ouverts</translation>
    </message>
    <message>
        <source>Look up checkouts that are not final again every few seconds, then every minute, for up to 30 minutes</source>
        <translation>Rechercher à nouveau les paiements non finalisés toutes les quelques secondes, puis chaque minute, pendant 30 minutes au plus</translation>
    </message>
    <message>
        <source>Checkout %1 is now %2</source>
        <translation>Le paiement %1 est maintenant %2</translation>
    </message>
    <message>
        <source>It was %1. Click to open it in Paydesk.</source>
        <translation>Il était %1. Cliquez pour l’ouvrir dans Paydesk.</translation>
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
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Paydesk::NetworkErrors</name>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the connection and try again.</source>
        <translation>%1 n’a pas répondu à temps. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2. Nothing was sent.</source>
        <translation>La connexion sécurisée à %1 a été refusée&#xa0;: %2. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and the connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l’adresse et la connexion.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>The proxy could not reach %1.</source>
        <translation>Le proxy n’a pas pu joindre %1.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 a envoyé une réponse HTTP non valide.</translation>
    </message>
    <message>
        <source>The request to %1 failed (network error %2).</source>
        <translation>La requête vers %1 a échoué (erreur réseau %2).</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; it was cut off.</source>
        <translation>La réponse de %1 dépasse %2 Mio&#x202f;; elle a été tronquée.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2. Paydesk follows redirects only within the same server, so the key was not sent there.</source>
        <translation>%1 a redirigé la requête vers %2. Paydesk ne suit les redirections que sur le même serveur&#xa0;: la clé n’y a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>%1 redirected the request more than %2 times, so Paydesk stopped following it.</source>
        <translation>%1 a redirigé la requête plus de %2 fois&#xa0;: Paydesk a cessé de suivre les redirections.</translation>
    </message>
</context>
<context>
    <name>Paydesk::OrqexParser</name>
    <message>
        <source>The Orqex response could not be read: %1.</source>
        <translation>Impossible de lire la réponse d’Orqex&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The Orqex response has no checkout id (data.checkout.id).</source>
        <translation>La réponse d’Orqex ne contient pas d’ID de paiement (data.checkout.id).</translation>
    </message>
</context>
<context>
    <name>Paydesk::OrqexProvider</name>
    <message>
        <source>An Orqex checkout id has at least one character after &quot;cs_&quot;.</source>
        <translation>Un ID de paiement Orqex comporte au moins un caractère après «&#xa0;cs_&#xa0;».</translation>
    </message>
    <message>
        <source>An Orqex checkout id has at most %1 characters after &quot;cs_&quot;; this one has %2.</source>
        <translation>Un ID de paiement Orqex comporte au plus %1 caractères après «&#xa0;cs_&#xa0;»&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>an Orqex id starting with &quot;cs_&quot;</source>
        <translation>un ID Orqex commençant par «&#xa0;cs_&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Paydesk::RawJsonSection</name>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>Paydesk::RecentLookupsView</name>
    <message>
        <source>Copy checkout &amp;URL</source>
        <translation>Copier l’&amp;URL de paiement</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copier l’&amp;ID</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Copy &amp;rows for a spreadsheet</source>
        <translation>Copier les &amp;lignes pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Fit columns to their contents</source>
        <translation>&amp;Ajuster les colonnes à leur contenu</translation>
    </message>
</context>
<context>
    <name>Paydesk::RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::RequestFactory</name>
    <message>
        <source>The address %1 has no host.</source>
        <translation>L’adresse %1 n’a pas d’hôte.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Refusing to send a key to %1: only https:// addresses are allowed (http:// only on this computer).</source>
        <translation>Envoi de la clé à %1 refusé&#xa0;: seules les adresses https:// sont autorisées (http:// uniquement sur cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretInput</name>
    <message>
        <source>The secret key is empty: give it on standard input.</source>
        <translation>La clé secrète est vide&#xa0;: fournissez-la sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The secret key must be a single line.</source>
        <translation>La clé secrète doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 bytes: a secret key has at most %2 characters.</source>
        <translation>L’entrée standard contient plus de %1 octets&#xa0;: une clé secrète a au plus %2 caractères.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L’entrée standard n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretKeyPrefix</name>
    <message>
        <source>%1 %2 keys start with &quot;%3&quot;; this one does not. Check that it is the key of this account and mode.</source>
        <translation>Les clés %1 %2 commencent par «&#xa0;%3&#xa0;»&#xa0;; celle-ci non. Vérifiez qu’il s’agit bien de la clé de ce compte et de ce mode.</translation>
    </message>
</context>
<context>
    <name>Paydesk::SecretKeyRules</name>
    <message>
        <source>The secret key is empty.</source>
        <translation>La clé secrète est vide.</translation>
    </message>
    <message>
        <source>The secret key contains a space or a tab (at position %1): copy the key alone.</source>
        <translation>La clé secrète contient une espace ou une tabulation (à la position %1)&#xa0;: copiez la clé seule.</translation>
    </message>
    <message>
        <source>The secret key contains a control character (at position %1).</source>
        <translation>La clé secrète contient un caractère de contrôle (à la position %1).</translation>
    </message>
    <message>
        <source>The secret key contains a character that is not ASCII (at position %1): keys are letters, digits and punctuation only.</source>
        <translation>La clé secrète contient un caractère non ASCII (à la position %1)&#xa0;: une clé ne contient que des lettres, des chiffres et de la ponctuation.</translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too short: %n character(s), where a key has at least %1.</source>
        <translation>
            <numerusform>La clé secrète est trop courte&#xa0;: %n caractère, alors qu’une clé en a au moins %1.</numerusform>
            <numerusform>La clé secrète est trop courte&#xa0;: %n caractères, alors qu’une clé en a au moins %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too long: %n character(s), where a key has at most %1.</source>
        <translation>
            <numerusform>La clé secrète est trop longue&#xa0;: %n caractère, alors qu’une clé en a au plus %1.</numerusform>
            <numerusform>La clé secrète est trop longue&#xa0;: %n caractères, alors qu’une clé en a au plus %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paydesk::SingleInstance</name>
    <message>
        <source>There is no runtime folder for this user.</source>
        <translation>Il n’y a pas de dossier d’exécution pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The folder %1 is not private to this user.</source>
        <translation>Le dossier %1 n’est pas privé pour cet utilisateur.</translation>
    </message>
    <message>
        <source>Another Paydesk is starting and holds %1.</source>
        <translation>Un autre Paydesk est en cours de démarrage et détient %1.</translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusBadge</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Paydesk::StatusStyle</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Not a checkout id</source>
        <translation>ID de paiement non valide</translation>
    </message>
    <message>
        <source>Key refused</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <source>Access forbidden</source>
        <translation>Accès interdit</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>No account to ask</source>
        <translation>Aucun compte à interroger</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Échec de la recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>Erreur TLS</translation>
    </message>
</context>
<context>
    <name>Paydesk::TimelineSection</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Attempt started</source>
        <translation>Tentative lancée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Customer asked to act</source>
        <translation>Action demandée au client</translation>
    </message>
    <message>
        <source>Attempt failed</source>
        <translation>Tentative échouée</translation>
    </message>
    <message>
        <source>Attempt completed</source>
        <translation>Tentative réussie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>%1 (expires in %2)</source>
        <translation>%1 (expire dans %2)</translation>
    </message>
    <message>
        <source>%1 (ended %2)</source>
        <translation>%1 (terminée %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
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
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The demo has no key for the account &quot;%1&quot;.</source>
        <translation>La démonstration n’a pas de clé pour le compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
