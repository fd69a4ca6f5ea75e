// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerpage.h"

#include "discoverypanel.h"
#include "errordialog.h"
#include "profileloader.h"
#include "setupwizard.h"
#include "statuslabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailsetup {
namespace {

QString domainList(const ProviderProfile& profile)
{
    QStringList at;
    for (const QString& domain : profile.domains)
        at << QLatin1Char('@') + domain;
    return at.join(QStringLiteral(", "));
}

QString helpdeskText(const Helpdesk& h)
{
    QStringList parts;
    for (const QString& part : {h.name, h.phone, h.email, h.url}) {
        if (!part.isEmpty())
            parts << part;
    }
    if (!h.newsgroup.isEmpty())
        parts << ProviderPage::tr("newsgroup %1").arg(h.newsgroup);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProviderPage::ProviderPage(SetupWizard* wizard, QWidget* parent)
    : QWizardPage(parent), m_wizard(wizard), m_list(new QListWidget(this)),
      m_open(new QPushButton(tr("&Open a profile file…"), this)), m_error(new StatusLabel(this)),
      m_details(new QLabel(this)), m_discovery(new DiscoveryPanel(wizard, this)),
      m_trustWarning(new StatusLabel(this))
{
    setTitle(tr("Who gave you your email address?"));
    setSubTitle(tr("Mail Setup sets up your mail program for your provider's secure mail servers. "
                   "Choose your provider from the list."));

    auto* listLabel = new QLabel(tr("&Provider:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Provider"));
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);

    m_open->setObjectName(QStringLiteral("openProfileButton"));
    m_open->setAccessibleName(tr("Open a profile file"));
    m_open->setAccessibleDescription(tr("Use a provider profile file (.xml) that your provider sent you"));
    auto* openHint =
        new QLabel(tr("if your provider is not listed but sent you a profile file (.xml)"), this);
    openHint->setWordWrap(true);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addWidget(openHint, 1);

    m_error->setObjectName(QStringLiteral("profileError"));
    m_details->setObjectName(QStringLiteral("providerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(openRow);
    layout->addWidget(m_discovery);
    layout->addWidget(m_error);
    layout->addWidget(m_trustWarning);
    layout->addWidget(m_details);
    m_trustWarning->setObjectName(QStringLiteral("trustWarning"));
    connect(m_discovery, &DiscoveryPanel::configFound, this, &ProviderPage::addDiscovered);

    QStringList problems;
    for (const QString& id : ProfileLoader::bundledIds()) {
        const ProfileLoadResult loaded = ProfileLoader::listBundled(id); // checked in full when chosen
        if (loaded.ok())
            m_list->item(addProfile(*loaded.profile, false))->setData(Qt::UserRole, id);
        else
            problems << loaded.errorText();
    }
    if (!problems.isEmpty()) {
        m_error->showMessage(StatusLabel::Kind::Error,
                             tr("Some built-in provider profiles are damaged and are not listed:\n%1")
                                 .arg(problems.join(QLatin1Char('\n'))));
    }

    if (m_list->count() == 1)
        m_list->setCurrentRow(0); // nothing to choose

    // The selection is the choice. The current row alone is not: the list makes its
    // first row current when it gets the keyboard focus, which is no choice of anyone's.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        showSelected();
        emit completeChanged();
    });
    // Double-click or Enter on a provider goes on, as people expect from a list.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_list->setCurrentItem(item); // and selects it
        if (isComplete())
            m_wizard->next();
    });
    connect(m_open, &QPushButton::clicked, this, &ProviderPage::chooseFile);
    showSelected();
}

bool ProviderPage::isComplete() const
{
    const int row = chosenRow();
    return row >= 0 && row < m_profiles.size();
}

bool ProviderPage::validatePage()
{
    if (!isComplete())
        return false;
    WizardEngine* engine = m_wizard->engine();
    if (!engine)
        return false;
    const int row = chosenRow();
    if (const QVariant id = m_list->item(row)->data(Qt::UserRole); id.isValid()) {
        // The list showed the bundled profile unchecked; this reads it with its certificate.
        const ProfileLoadResult loaded = engine->loadBundledProfile(id.toString());
        if (!loaded.ok()) {
            m_error->showMessage(StatusLabel::Kind::Error,
                                 tr("This built-in provider profile is damaged and cannot be used:\n%1")
                                     .arg(loaded.errorText()));
            return false;
        }
        m_profiles[row] = *loaded.profile;
    }
    const ProviderProfile& chosen = m_profiles.at(row);
    engine->chooseProvider(chosen, m_discovery->email());
    m_wizard->log()->add(tr("Provider: %1 (%2)").arg(chosen.name(), chosen.sourceFile));
    m_wizard->log()->notifyStateChanged();
    return true;
}

bool ProviderPage::loadProfileFile(const QString& path)
{
    WizardEngine* engine = m_wizard->engine();
    if (!engine)
        return false;
    const ProfileLoadResult loaded = engine->loadProfileFile(path);
    if (!loaded.ok()) {
        m_error->showMessage(
            StatusLabel::Kind::Error,
            tr("This file cannot be used as a provider profile. Send this message to your provider:\n%1")
                .arg(loaded.errorText()));
        showErrorDialog(
            this, tr("This profile file cannot be used"), loaded.errorText(),
            tr("Nothing was changed. Send this message to your provider, or choose another file."));
        return false;
    }
    m_error->clearMessage();
    // Opening the same file again (say, after the provider fixed it) replaces it.
    int row = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (!m_profiles[i].sourceFile.isEmpty() && m_profiles[i].sourceFile == loaded.profile->sourceFile &&
            !m_list->item(i)->data(Qt::UserRole).isValid()) {
            row = i;
            break;
        }
    }
    if (row >= 0) {
        delete m_list->takeItem(row);
        m_profiles.removeAt(row);
    }
    row = addProfile(*loaded.profile, true);
    m_list->setCurrentRow(row);
    showSelected();
    return true;
}

void ProviderPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a provider profile"), QDir::homePath(),
                                                      tr("Provider profiles (*.xml);;All files (*)"));
    if (!path.isEmpty())
        loadProfileFile(path);
}

int ProviderPage::addProfile(const ProviderProfile& profile, bool fromFile)
{
    QString text = profile.displayName.isEmpty() ? profile.id : profile.displayName;
    QString second = tr("for addresses ending in %1").arg(domainList(profile));
    if (fromFile)
        second +=
            QStringLiteral(" · ") + tr("from the file %1").arg(QFileInfo(profile.sourceFile).fileName());
    auto* item = new QListWidgetItem(text + QLatin1Char('\n') + second);
    item->setData(Qt::AccessibleTextRole, text + QStringLiteral(", ") + second);
    m_list->addItem(item);
    m_profiles << profile;
    return m_list->count() - 1;
}

int ProviderPage::addDiscovered(const DiscoveredConfig& config)
{
    if (config.source == DiscoverySource::Bundled) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == config.origin) {
                m_list->setCurrentRow(i);
                return i;
            }
        }
    }
    const ProviderProfile& profile = config.profile;
    QString text = profile.displayName.isEmpty() ? profile.id : profile.displayName;
    QString second = tr("found: %1 (%2)").arg(sourceName(config.source), config.origin);
    if (!config.trusted)
        second += QStringLiteral(" · ") + tr("less trusted: check these settings with your provider");
    auto* item = new QListWidgetItem(text + QLatin1Char('\n') + second);
    item->setData(Qt::AccessibleTextRole, text + QStringLiteral(", ") + second);
    item->setData(Qt::UserRole + 1, config.trusted);
    item->setData(Qt::UserRole + 2, config.notes.join(QLatin1Char(' ')));
    if (!config.trusted)
        item->setForeground(QColor(0x80, 0x4a, 0x00));
    m_list->addItem(item);
    m_profiles << profile;
    // The best answer is selected only when nothing is yet.
    if (chosenRow() < 0)
        m_list->setCurrentRow(m_list->count() - 1);
    return m_list->count() - 1;
}

int ProviderPage::chosenRow() const
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->row(selected.first());
}

void ProviderPage::showSelected()
{
    const int row = chosenRow();
    const QVariant trusted = row >= 0 ? m_list->item(row)->data(Qt::UserRole + 1) : QVariant();
    if (trusted.isValid() && !trusted.toBool())
        m_trustWarning->showMessage(
            StatusLabel::Kind::Warning,
            tr("These settings were not confirmed by your provider (%1). Use them only "
               "if your provider's own instructions say the same.")
                .arg(m_list->item(row)->data(Qt::UserRole + 2).toString()));
    else
        m_trustWarning->clearMessage();
    if (row < 0 || row >= m_profiles.size()) {
        // Nothing worth copying: a plain label, which lays out far quicker than a
        // selectable one (a text document) before the first page shows.
        m_details->setTextInteractionFlags(Qt::NoTextInteraction);
        m_details->setText(tr("Choose a provider to see its details."));
        return;
    }
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse); // phone numbers, addresses
    const ProviderProfile& p = m_profiles.at(row);
    QStringList lines;
    lines << tr("%1 sets up addresses ending in %2.").arg(p.name(), domainList(p));
    if (!p.helpdesk.isEmpty())
        lines << tr("Help from your provider: %1").arg(helpdeskText(p.helpdesk));
    if (!p.documentationUrl.isEmpty())
        lines << tr("Provider's instructions: %1").arg(p.documentationUrl);
    if (!p.warnings.isEmpty())
        lines << tr("Parts of this profile that Mail Setup does not use: %1")
                     .arg(p.warnings.join(QStringLiteral("; ")));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace mailsetup
