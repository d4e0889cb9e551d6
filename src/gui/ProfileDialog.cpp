#include "gui/ProfileDialog.h"

#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "core/Logging.h"
#include "ui_ProfileDialog.h"

#include <QCheckBox>
#include <QHostAddress>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QUrl>
#include <qcoro/qcorosignal.h>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {

struct IntentInfo
{
    int bit;
    const char *name; // Discord's name, shown as the tooltip
    const char *label; // translated label
    bool privileged;
};

// The intents most bots use; other bits of a stored profile are kept untouched.
constexpr IntentInfo kIntents[] = {
    {0, "GUILDS", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Servers"), false},
    {1, "GUILD_MEMBERS", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Server members"), true},
    {2, "GUILD_MODERATION", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Moderation"), false},
    {3, "GUILD_EXPRESSIONS", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Emojis and stickers"), false},
    {7, "GUILD_VOICE_STATES", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Voice states"), false},
    {8, "GUILD_PRESENCES", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Presences"), true},
    {9, "GUILD_MESSAGES", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Server messages"), false},
    {10, "GUILD_MESSAGE_REACTIONS", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Message reactions"), false},
    {12, "DIRECT_MESSAGES", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Direct messages"), false},
    {15, "MESSAGE_CONTENT", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Message content"), true},
    {16, "GUILD_SCHEDULED_EVENTS", QT_TRANSLATE_NOOP("bw::gui::ProfileDialog", "Scheduled events"), false},
};

const QRegularExpression &shardIdsPattern()
{
    static const QRegularExpression re(uR"(^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$)"_s);
    return re;
}

/// The highest shard id named in a list such as "0-3,7".
int highestShardId(const QString &ids)
{
    int highest = -1;
    static const QRegularExpression number(u"\\d+"_s);
    for (auto it = number.globalMatch(ids); it.hasNext();)
        highest = std::max(highest, it.next().captured().toInt());
    return highest;
}

/// Whether the endpoint would only be reachable from this computer.
/// (An IP address only: the endpoint binds a QHostAddress, so no host names such as "localhost".)
bool isLoopbackAddress(const QString &address)
{
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

bool isValidAddress(const QString &address)
{
    return !QHostAddress(address).isNull();
}

bool isValidPublicKey(const QString &key)
{
    static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
    return key.isEmpty() || hex.match(key).hasMatch();
}

} // namespace

ProfileDialog::ProfileDialog(store::Database &db, SecretStore &secrets, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ProfileDialog>()),
      m_profiles(db),
      m_commands(db),
      m_secrets(secrets)
{
    m_ui->setupUi(this);
    m_ui->secretBanner->hide();
    m_ui->secretBanner->setStyleSheet(
        u"#secretBanner { background: rgba(227, 162, 26, 0.16); border: 1px solid rgba(227, 162, 26, 0.6);"
        " border-radius: 4px; }"_s);

    m_ui->targetCombo->addItem(tr("Sandbox (local Discord on this computer)"),
                               int(store::Profile::Target::Sandbox));
    m_ui->targetCombo->addItem(tr("Discord"), int(store::Profile::Target::Discord));
    m_ui->targetCombo->addItem(tr("Custom API base"), int(store::Profile::Target::Custom));

    m_ui->applicationIdEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,20}$"_s), m_ui->applicationIdEdit));
    m_ui->testConnectionButton->setEnabled(false); // until a tester is set
    m_ui->testConnectionButton->setToolTip(
        tr("Asks the server who the bot is (GET /users/@me) with this profile and token."));
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, [this] { testConnection(); });
    m_ui->deleteButton->setToolTip(tr("Delete the selected profile and its token"));
    createIntentBoxes();

    using Mode = store::InteractionSettingsRecord::Mode;
    m_ui->interactionModeCombo->addItem(tr("Gateway"), int(Mode::Gateway));
    m_ui->interactionModeCombo->addItem(tr("HTTP endpoint"), int(Mode::Http));
    m_ui->interactionModeCombo->addItem(tr("Both"), int(Mode::Both));
    m_ui->nonLoopbackWarningLabel->hide();
    m_ui->nonLoopbackWarningLabel->setStyleSheet(u"color: #B35900;"_s);
    m_ui->publicKeyErrorLabel->hide();
    m_ui->publicKeyErrorLabel->setStyleSheet(u"color: #D1242F;"_s);
    m_ui->publicKeyEdit->setToolTip(
        tr("The application's public key (Developer Portal, General Information) that signs HTTP "
           "interactions. Optional for the sandbox: the bot then reads the application's verify_key."));
    updateEndpointStatus();

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) { switchTo(row); });
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { switchTo(-1); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] {
        if (m_editingNew)
            startNew();
        else
            showProfile(m_current);
    });
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->keepInMemoryButton, &QPushButton::clicked, this, &ProfileDialog::enableMemoryFallback);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTargetFields();
        setDirty(true);
    });

    const auto markDirty = [this] { setDirty(true); };
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->applicationIdEdit, m_ui->apiBaseEdit, m_ui->tokenEdit, m_ui->shardIdsEdit})
        connect(edit, &QLineEdit::textEdited, this, markDirty);
    connect(m_ui->shardCountSpin, &QSpinBox::valueChanged, this, markDirty);
    const auto interactionEdited = [this] {
        updateInteractionFields();
        setDirty(true);
    };
    for (QLineEdit *edit : {m_ui->endpointAddressEdit, m_ui->endpointPathEdit, m_ui->publicKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, interactionEdited);
    // Room for a typical address and path, so that neither is cut off by the other.
    const auto fitText = [](QLineEdit *edit, const QString &sample) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(sample)
                              + 4 * edit->fontMetrics().averageCharWidth());
    };
    fitText(m_ui->endpointAddressEdit, u"255.255.255.255"_s);
    fitText(m_ui->endpointPathEdit, u"/discord/interactions"_s);
    connect(m_ui->interactionModeCombo, &QComboBox::currentIndexChanged, this, interactionEdited);
    connect(m_ui->endpointPortSpin, &QSpinBox::valueChanged, this, markDirty);
    connect(m_ui->timestampWindowSpin, &QSpinBox::valueChanged, this, markDirty);
    connect(m_ui->allowNonLoopbackCheck, &QCheckBox::toggled, this, interactionEdited);
    for (const auto &[bit, box] : std::as_const(m_intentBoxes))
        connect(box, &QCheckBox::toggled, this, markDirty);

    m_asker = [this](Question question, QString text) { return ask(question, std::move(text)); };

    reload();
    checkSecretService();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::createIntentBoxes()
{
    auto *grid = qobject_cast<QGridLayout *>(m_ui->intentsGroup->layout());
    int i = 0;
    for (const IntentInfo &intent : kIntents) {
        QString label = tr(intent.label);
        if (intent.privileged)
            label = tr("%1 (privileged)").arg(label);
        auto *box = new QCheckBox(label, m_ui->intentsGroup);
        box->setObjectName(u"intent_"_s + QLatin1StringView(intent.name));
        QString tip = QLatin1StringView(intent.name);
        if (intent.privileged)
            tip += u"\n"_s
                + tr("Privileged: also turn it on for your application in the Discord Developer Portal, "
                     "or Discord refuses the connection.");
        box->setToolTip(tip);
        grid->addWidget(box, i / 2, i % 2);
        m_intentBoxes.append({qint64(1) << intent.bit, box});
        ++i;
    }
}

QString ProfileDialog::currentProfileName() const
{
    return m_current ? m_current->name : QString();
}

void ProfileDialog::reload(const QString &name)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    const Result<QList<store::Profile>> profiles = m_profiles.list();
    if (!profiles) {
        showMessage(false, tr("The profiles could not be read: %1").arg(profiles.error().toString()));
        showProfile(std::nullopt);
        return;
    }
    int select = profiles->isEmpty() ? -1 : 0;
    for (const store::Profile &profile : *profiles) {
        auto *item = new QListWidgetItem(profile.name, m_ui->profileList);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(store::Profile::targetName(profile.target));
        if (profile.name == name)
            select = m_ui->profileList->count() - 1;
    }
    m_ui->profileList->setCurrentRow(select);
    if (select < 0)
        startNew();
    else
        selectionChanged();
}

QCoro::Task<> ProfileDialog::switchTo(int row)
{
    if (m_busy)
        co_return;
    if (m_dirty) {
        // Keep showing the edited profile while asking; switch only when the user lets the edits go.
        {
            const QSignalBlocker blocker(m_ui->profileList);
            m_ui->profileList->setCurrentRow(m_shownRow);
        }
        const QString question = m_editingNew || !m_current
            ? tr("Discard the unsaved changes to the new profile?")
            : tr("Discard the unsaved changes to the profile “%1”?").arg(m_current->name);
        setBusy(true);
        QPointer<ProfileDialog> self(this);
        const bool discard = co_await m_asker(Question::DiscardChanges, question);
        if (!self)
            co_return;
        setBusy(false);
        if (!discard)
            co_return;
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(row);
    }
    if (row < 0)
        startNew();
    else
        selectionChanged();
}

void ProfileDialog::selectionChanged()
{
    m_shownRow = m_ui->profileList->currentRow();
    QListWidgetItem *item = m_ui->profileList->currentItem();
    if (!item) {
        showProfile(std::nullopt);
        return;
    }
    const Result<store::Profile> profile = m_profiles.byId(item->data(Qt::UserRole).toLongLong());
    if (!profile) {
        showMessage(false, profile.error().toString());
        showProfile(std::nullopt);
        return;
    }
    m_editingNew = false;
    showProfile(*profile);
}

void ProfileDialog::startNew()
{
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentRow(-1);
        m_ui->profileList->clearSelection();
    }
    m_editingNew = true;
    m_shownRow = -1;
    store::Profile fresh;
    showProfile(fresh);
    m_current.reset();
    m_ui->editorGroup->setTitle(tr("New profile"));
    updateTargetFields();
    m_ui->nameEdit->setFocus();
    setDirty(false);
}

void ProfileDialog::showProfile(const std::optional<store::Profile> &profile)
{
    m_loading = true;
    m_current = profile;
    const store::Profile p = profile.value_or(store::Profile {});
    m_ui->editorGroup->setEnabled(profile.has_value());
    m_ui->editorGroup->setTitle(profile ? tr("Profile “%1”").arg(p.name) : tr("Profile"));
    m_ui->nameEdit->setText(p.name);
    m_ui->applicationIdEdit->setText(p.applicationId);
    m_ui->targetCombo->setCurrentIndex(std::max(0, m_ui->targetCombo->findData(int(p.target))));
    m_ui->apiBaseEdit->setText(p.apiBase);
    m_ui->tokenEdit->clear();
    m_ui->showTokenButton->setChecked(false);
    m_ui->shardCountSpin->setValue(p.shardCount);
    m_ui->shardIdsEdit->setText(p.shardIds);
    qint64 known = 0;
    for (const auto &[bit, box] : std::as_const(m_intentBoxes)) {
        box->setChecked(p.intents & bit);
        known |= bit;
    }
    m_otherIntents = p.intents & ~known;

    store::InteractionSettingsRecord settings;
    if (p.id != 0) {
        const Result<store::InteractionSettingsRecord> stored = m_commands.interactionSettings(p.id);
        if (stored)
            settings = *stored;
        else
            qCWarning(lcUi) << "interaction settings of profile" << p.name
                            << "could not be read:" << stored.error().toString();
    }
    m_ui->interactionModeCombo->setCurrentIndex(
        std::max(0, m_ui->interactionModeCombo->findData(int(settings.mode))));
    m_ui->endpointAddressEdit->setText(settings.address);
    m_ui->endpointPortSpin->setValue(settings.port);
    m_ui->endpointPathEdit->setText(settings.path);
    m_ui->allowNonLoopbackCheck->setChecked(settings.allowNonLoopback);
    m_ui->timestampWindowSpin->setValue(settings.timestampWindowSeconds);
    m_maxBodyBytes = settings.maxBodyBytes;
    m_ui->publicKeyEdit->setText(p.publicKey);
    updateInteractionFields();
    updateEndpointStatus();
    updateTargetFields();
    m_ui->deleteButton->setEnabled(profile.has_value() && p.id != 0 && !m_busy);
    m_ui->statusLabel->clear();
    m_loading = false;
    setDirty(false);
    updateTargetFields(); // now with m_loading off: also shows whether a token is stored
}

void ProfileDialog::updateTargetFields()
{
    const auto target = store::Profile::Target(m_ui->targetCombo->currentData().toInt());
    const bool custom = target == store::Profile::Target::Custom;
    const bool usesToken = target != store::Profile::Target::Sandbox;
    m_ui->apiBaseEdit->setEnabled(custom);
    m_ui->apiBaseLabel->setEnabled(custom);
    m_ui->tokenEdit->setEnabled(usesToken);
    m_ui->tokenLabel->setEnabled(usesToken);
    m_ui->showTokenButton->setEnabled(usesToken);
    m_ui->tokenEdit->setPlaceholderText(usesToken ? tr("Paste the bot token from the Developer Portal")
                                                  : tr("Not needed for the sandbox"));
    if (m_loading)
        return;
    ++m_tokenStatusGeneration; // an answer still on its way is for another profile or target
    if (!usesToken)
        m_ui->tokenStatusLabel->setText(tr("The sandbox makes its own token."));
    else if (m_current && m_current->id != 0 && !m_editingNew)
        refreshTokenStatus();
    else
        m_ui->tokenStatusLabel->clear();
}

void ProfileDialog::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    const bool editing = m_current.has_value() || m_editingNew;
    m_ui->saveButton->setEnabled(editing && !m_busy && (dirty || m_editingNew));
    m_ui->revertButton->setEnabled(editing && !m_busy && dirty);
    if (dirty)
        m_ui->statusLabel->setText(tr("Unsaved changes."));
}

void ProfileDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_ui->profileList->setEnabled(!busy);
    m_ui->newButton->setEnabled(!busy);
    m_ui->deleteButton->setEnabled(!busy && m_current && m_current->id != 0);
    m_ui->editorGroup->setEnabled(!busy && (m_current || m_editingNew));
    m_ui->saveButton->setEnabled(!busy && (m_dirty || m_editingNew));
    m_ui->revertButton->setEnabled(!busy && m_dirty);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    Q_EMIT busyChanged(busy);
}

void ProfileDialog::updateInteractionFields()
{
    const auto mode
        = store::InteractionSettingsRecord::Mode(m_ui->interactionModeCombo->currentData().toInt());
    const bool http = mode != store::InteractionSettingsRecord::Mode::Gateway;
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->endpointAddressEdit, m_ui->endpointPortSpin,
                                                        m_ui->endpointPathEdit, m_ui->allowNonLoopbackCheck,
                                                        m_ui->timestampWindowSpin, m_ui->publicKeyEdit})
        w->setEnabled(http);

    const QString address = m_ui->endpointAddressEdit->text().trimmed();
    const bool exposed = http && !address.isEmpty() && isValidAddress(address) && !isLoopbackAddress(address);
    if (exposed) {
        QString text = tr("“%1” is not a loopback address: the endpoint can be reached from other computers.")
                           .arg(address);
        if (!m_ui->allowNonLoopbackCheck->isChecked())
            text += u' ' + tr("Tick “Allow a non-loopback address” to save it.");
        m_ui->nonLoopbackWarningLabel->setText(text);
    }
    m_ui->nonLoopbackWarningLabel->setVisible(exposed);

    const QString key = m_ui->publicKeyEdit->text().trimmed();
    const bool badKey = http && !isValidPublicKey(key);
    if (badKey)
        m_ui->publicKeyErrorLabel->setText(
            tr("The public key is 64 hexadecimal digits (0-9, a-f); this has %n character(s).", nullptr,
               int(key.size())));
    m_ui->publicKeyErrorLabel->setVisible(badKey);
}

void ProfileDialog::setBot(Bot *bot)
{
    if (m_bot)
        disconnect(m_bot, nullptr, this, nullptr);
    m_bot = bot;
    if (m_bot)
        connect(m_bot, &Bot::endpointStatusChanged, this, &ProfileDialog::updateEndpointStatus);
    updateEndpointStatus();
}

void ProfileDialog::updateEndpointStatus()
{
    QString text;
    if (!m_bot)
        text = tr("unknown (no bot)");
    else if (!m_current || m_current->id == 0 || m_bot->profile().id != m_current->id)
        text = tr("off (the bot does not run this profile)");
    else
        text = m_bot->endpointStatus().toString();
    m_ui->endpointStatusEdit->setText(text);
}

Result<store::InteractionSettingsRecord> ProfileDialog::formInteractions() const
{
    store::InteractionSettingsRecord settings;
    settings.mode = store::InteractionSettingsRecord::Mode(m_ui->interactionModeCombo->currentData().toInt());
    settings.address = m_ui->endpointAddressEdit->text().trimmed();
    settings.port = m_ui->endpointPortSpin->value();
    settings.path = m_ui->endpointPathEdit->text().trimmed();
    settings.allowNonLoopback = m_ui->allowNonLoopbackCheck->isChecked();
    settings.timestampWindowSeconds = m_ui->timestampWindowSpin->value();
    settings.maxBodyBytes = m_maxBodyBytes;
    if (settings.address.isEmpty())
        settings.address = u"127.0.0.1"_s;
    if (settings.path.isEmpty())
        settings.path = u"/interactions"_s;
    if (!settings.usesHttp())
        return settings; // the endpoint fields are kept as they are, unused
    if (!isValidAddress(settings.address))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The endpoint address must be an IP address such as 127.0.0.1 (got “%1”).")
                               .arg(settings.address));
    if (!settings.allowNonLoopback && !isLoopbackAddress(settings.address))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The endpoint address %1 is not a loopback address. Tick “Allow a non-loopback "
                              "address” to listen on it, or use 127.0.0.1.")
                               .arg(settings.address));
    if (!settings.path.startsWith(u'/') || settings.path.contains(u' '))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The endpoint path must start with / and contain no spaces, such as "
                              "/interactions."));
    if (!isValidPublicKey(m_ui->publicKeyEdit->text().trimmed()))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The public key must be 64 hexadecimal digits, or empty."));
    return settings;
}

void ProfileDialog::setConnectionTester(ConnectionTester tester)
{
    m_tester = std::move(tester);
    m_ui->testConnectionButton->setEnabled(bool(m_tester));
}

QCoro::Task<bool> ProfileDialog::testConnection()
{
    if (!m_tester || m_busy)
        co_return false;
    Result<store::Profile> form = formProfile();
    if (!form) {
        showMessage(false, form.error().message);
        co_return false;
    }
    QPointer<ProfileDialog> self(this);
    QString token = m_ui->tokenEdit->text().trimmed();
    if (token.isEmpty() && form->target != store::Profile::Target::Sandbox && m_current
        && m_current->id != 0) {
        auto stored = co_await m_secrets.readToken(m_current->name);
        if (!self)
            co_return false;
        if (stored)
            token = stored.value();
    }
    setBusy(true);
    m_ui->testConnectionButton->setEnabled(false);
    showMessage(true, tr("Testing the connection…"));
    const Result<QString> result = co_await m_tester(form.value(), token);
    if (!self)
        co_return false;
    setBusy(false);
    m_ui->testConnectionButton->setEnabled(true);
    if (result)
        showMessage(true, tr("Connected: the bot is %1.").arg(result.value()));
    else
        showMessage(false, tr("The connection failed: %1").arg(result.error().toString()));
    co_return result.ok();
}

void ProfileDialog::showMessage(bool ok, const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
    m_ui->statusLabel->setStyleSheet(ok ? QString() : u"color: #D1242F;"_s);
}

void ProfileDialog::enableMemoryFallback()
{
    m_secrets.setMemoryFallback(true);
    m_ui->secretBanner->hide();
    showMessage(true, tr("Tokens are kept in memory for this run only. They are gone when Botwright quits."));
    qCInfo(lcSecrets) << "the user chose to keep tokens in memory for this run";
}

Result<store::Profile> ProfileDialog::formProfile() const
{
    store::Profile p = m_current.value_or(store::Profile {});
    if (m_editingNew)
        p = store::Profile {};
    p.name = m_ui->nameEdit->text().trimmed();
    if (p.name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Give the profile a name."));
    p.applicationId = m_ui->applicationIdEdit->text().trimmed();
    p.target = store::Profile::Target(m_ui->targetCombo->currentData().toInt());
    p.apiBase = m_ui->apiBaseEdit->text().trimmed();
    if (p.target == store::Profile::Target::Custom) {
        const QUrl url(p.apiBase, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
            return Error::make(Error::Kind::InvalidInput,
                               tr("The API base must be an http or https URL, such as "
                                  "http://127.0.0.1:8080/api/v10."));
    } else {
        p.apiBase.clear();
    }
    p.intents = m_otherIntents;
    for (const auto &[bit, box] : m_intentBoxes) {
        if (box->isChecked())
            p.intents |= bit;
    }
    p.publicKey = m_ui->publicKeyEdit->text().trimmed().toLower();
    if (!isValidPublicKey(p.publicKey))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The public key must be 64 hexadecimal digits, or empty."));
    p.shardCount = m_ui->shardCountSpin->value();
    p.shardIds = m_ui->shardIdsEdit->text().simplified().remove(u' ');
    if (!p.shardIds.isEmpty()) {
        if (!shardIdsPattern().match(p.shardIds).hasMatch())
            return Error::make(Error::Kind::InvalidInput,
                               tr("Shard IDs are numbers and ranges separated by commas, such as 0-3,7."));
        if (p.shardCount == 0)
            return Error::make(Error::Kind::InvalidInput, tr("Choosing shard IDs needs a shard count."));
        if (highestShardId(p.shardIds) >= p.shardCount)
            return Error::make(Error::Kind::InvalidInput,
                               tr("Shard IDs must be lower than the shard count (%1).").arg(p.shardCount));
    }
    return p;
}

QCoro::Task<bool> ProfileDialog::save()
{
    if (m_busy)
        co_return false;
    Result<store::Profile> form = formProfile();
    if (!form) {
        showMessage(false, form.error().message);
        Q_EMIT operationFinished(false, form.error().message);
        co_return false;
    }
    Result<store::InteractionSettingsRecord> interactions = formInteractions();
    if (!interactions) {
        showMessage(false, interactions.error().message);
        Q_EMIT operationFinished(false, interactions.error().message);
        co_return false;
    }
    const store::Profile profile = *form;
    const QString oldName = m_editingNew || !m_current ? QString() : m_current->name;
    const QString token = m_ui->tokenEdit->text().trimmed();
    const bool usesToken = profile.target != store::Profile::Target::Sandbox;

    const Result<store::Profile> saved = m_profiles.save(profile);
    if (!saved) {
        showMessage(false, saved.error().message);
        Q_EMIT operationFinished(false, saved.error().message);
        co_return false;
    }
    qCInfo(lcUi) << "saved profile" << saved->name;
    interactions->profileId = saved->id;
    const Result<void> savedInteractions = m_commands.saveInteractionSettings(*interactions);

    setBusy(true);
    QPointer<ProfileDialog> self(this);
    bool ok = true;
    QString message = tr("Profile “%1” saved.").arg(saved->name);
    if (!savedInteractions) {
        ok = false;
        message = tr("Profile “%1” saved, but its interaction settings were not: %2")
                      .arg(saved->name, savedInteractions.error().message);
    }

    if (!oldName.isEmpty() && oldName != saved->name) {
        const Result<void> renamed = co_await m_secrets.renameToken(oldName, saved->name);
        if (!self)
            co_return false;
        if (!renamed) {
            ok = false;
            message = tr("Profile “%1” saved, but its token could not be moved to the new name: %2")
                          .arg(saved->name, renamed.error().message);
        }
    }

    if (usesToken && !token.isEmpty()) {
        Result<void> written = co_await m_secrets.writeToken(saved->name, token);
        if (!self)
            co_return false;
        if (!written && written.error().kind == Error::Kind::Unavailable && !m_secrets.memoryFallback()) {
            const bool keep = co_await m_asker(
                Question::KeepTokenInMemory,
                tr("%1\n\nKeep the token in memory for this run only? It will be gone when Botwright quits.")
                    .arg(written.error().message));
            if (!self)
                co_return false;
            if (keep) {
                enableMemoryFallback();
                written = co_await m_secrets.writeToken(saved->name, token);
                if (!self)
                    co_return false;
            }
        }
        if (written) {
            m_ui->tokenEdit->clear();
        } else {
            ok = false;
            message = tr("Profile “%1” saved, but the token was not stored: %2")
                          .arg(saved->name, written.error().message);
        }
    }

    setBusy(false);
    m_editingNew = false;
    reload(saved->name);
    showMessage(ok, message);
    Q_EMIT operationFinished(ok, message);
    co_return ok;
}

QCoro::Task<bool> ProfileDialog::removeCurrent()
{
    if (m_busy || !m_current || m_current->id == 0)
        co_return false;
    const store::Profile profile = *m_current;
    setBusy(true);
    QPointer<ProfileDialog> self(this);
    const bool confirmed = co_await m_asker(
        Question::DeleteProfile,
        tr("Delete the profile “%1”? Its token is removed from the keychain too. This cannot be undone.")
            .arg(profile.name));
    if (!self)
        co_return false;
    if (!confirmed) {
        setBusy(false);
        co_return false;
    }

    const Result<void> removed = m_profiles.remove(profile.id);
    if (!removed) {
        setBusy(false);
        showMessage(false, removed.error().message);
        Q_EMIT operationFinished(false, removed.error().message);
        co_return false;
    }
    qCInfo(lcUi) << "deleted profile" << profile.name;

    bool ok = true;
    QString message = tr("Profile “%1” deleted.").arg(profile.name);
    // Also for a sandbox profile: a token may remain from an earlier target. Deleting a missing token
    // succeeds.
    const Result<void> deleted = co_await m_secrets.deleteToken(profile.name);
    if (!self)
        co_return false;
    if (!deleted) {
        ok = false;
        message = tr("Profile “%1” deleted, but its token could not be removed from the keychain: %2")
                      .arg(profile.name, deleted.error().message);
    }

    setBusy(false);
    m_current.reset();
    reload();
    showMessage(ok, message);
    Q_EMIT operationFinished(ok, message);
    co_return ok;
}

QCoro::Task<> ProfileDialog::checkSecretService()
{
    if (m_secrets.memoryFallback()) {
        Q_EMIT secretServiceChecked(false);
        co_return;
    }
    QPointer<ProfileDialog> self(this);
    const bool available = co_await m_secrets.probe();
    if (!self)
        co_return;
    m_ui->secretBanner->setVisible(!available && !m_secrets.memoryFallback());
    if (!available)
        qCInfo(lcSecrets) << "no secret service available";
    Q_EMIT secretServiceChecked(available);
}

QCoro::Task<> ProfileDialog::refreshTokenStatus()
{
    if (!m_current)
        co_return;
    const quint64 generation = ++m_tokenStatusGeneration;
    const QString name = m_current->name;
    m_ui->tokenStatusLabel->setText(tr("Checking the keychain…"));
    QPointer<ProfileDialog> self(this);
    const Result<QString> token = co_await m_secrets.readToken(name);
    if (!self || generation != m_tokenStatusGeneration)
        co_return;
    QString text;
    if (token)
        text = m_secrets.memoryFallback()
            ? tr("A token is kept in memory for this run. Leave the field empty to keep it.")
            : tr("A token is stored in the system keychain. Leave the field empty to keep it.");
    else if (token.error().kind == Error::Kind::NotFound)
        text = tr("No token is stored yet.");
    else
        text = token.error().message;
    m_ui->tokenStatusLabel->setText(text);
}

QCoro::Task<bool> ProfileDialog::ask(Question question, QString text)
{
    QPointer<QMessageBox> box = new QMessageBox(this);
    box->setObjectName(u"profileQuestionBox"_s);
    box->setWindowModality(Qt::WindowModal);
    box->setText(text);
    QPushButton *yes = nullptr;
    switch (question) {
    case Question::DeleteProfile:
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Delete Profile"));
        yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
        break;
    case Question::KeepTokenInMemory:
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("No Secret Service"));
        yes = box->addButton(tr("Keep in Memory"), QMessageBox::AcceptRole);
        break;
    case Question::DiscardChanges:
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Unsaved Changes"));
        yes = box->addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
        break;
    }
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->open(); // window-modal, no nested event loop: the coroutine waits for the answer
    co_await qCoro(box.data(), &QMessageBox::finished);
    if (!box)
        co_return false;
    const bool accepted = box->clickedButton() == yes;
    box->deleteLater();
    co_return accepted;
}

} // namespace bw::gui
