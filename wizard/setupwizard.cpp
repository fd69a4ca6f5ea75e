// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "branding.h"
#include "errordialog.h"
#include "providerpage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QImageReader>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QtMath>

namespace mailsetup {
namespace {

// The helpdesk button's texts keep HelpdeskPanel's translation context (they were
// its own), without loading that class.
QString helpdeskTr(const char* text)
{
    return QCoreApplication::translate("mailsetup::HelpdeskPanel", text);
}

// The program's logo, sharp at this device pixel ratio: the smallest of the drawn
// sizes at least 48 x devicePixelRatio. Not through QIcon or QPixmap(file): they
// let QImageReader sniff the file, which loads every image-format plugin (SVG, GIF,
// JPEG, ...) before the first page shows.
QPixmap logo(qreal devicePixelRatio)
{
    const int wanted = qCeil(48 * devicePixelRatio);
    int size = 256;
    for (int drawn : {48, 64, 128, 256}) {
        if (drawn >= wanted) {
            size = drawn;
            break;
        }
    }
    // Qt's own PNG reader, told so: sniffing the content would load the plugins too.
    QImageReader reader(QStringLiteral(":/wizard/mailsetup-%1.png").arg(size), "png");
    reader.setAutoDetectImageFormat(false);
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    if (size != wanted)
        pixmap = pixmap.scaled(wanted, wanted, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace

SetupWizard::SetupWizard(WizardEngineFactory makeEngine, QWidget* parent)
    : QWizard(parent), m_makeEngine(std::move(makeEngine)), m_log(std::make_shared<WizardLog>())
{
    setWindowTitle(productName());
    setPixmap(QWizard::LogoPixmap, logo(devicePixelRatioF()));
    setMinimumSize(720, 520);
    // The same look everywhere, so helpdesk instructions match every screen.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    auto* helpdesk =
        new QPushButton(helpdeskTr(QT_TRANSLATE_NOOP("mailsetup::HelpdeskPanel", "&Helpdesk view")), this);
    helpdesk->setObjectName(QStringLiteral("helpdeskButton"));
    helpdesk->setAccessibleName(helpdeskTr(QT_TRANSLATE_NOOP("mailsetup::HelpdeskPanel", "Helpdesk view")));
    helpdesk->setAccessibleDescription(helpdeskTr(QT_TRANSLATE_NOOP(
        "mailsetup::HelpdeskPanel",
        "Show the settings in use and a log beside every page, to read out to a helpdesk")));
    helpdesk->setCheckable(true);
    setButton(QWizard::CustomButton2, helpdesk);
    setOption(QWizard::HaveCustomButton2, true);
    connect(helpdesk, &QPushButton::toggled, this, &SetupWizard::setHelpdeskMode);

    // Last: QWizard lays its pages out again after every change of its own.
    // The other pages are made when the wizard first goes on to them
    // (validateCurrentPage), so the first one shows without waiting for them.
    setPage(ProviderPageId, new ProviderPage(this));
    setStartId(ProviderPageId);
    // Pages add their own lines to the log; these are the page changes.
    connect(this, &QWizard::currentIdChanged, this, [this](int) {
        if (QWizardPage* page = currentPage())
            m_log->add(
                helpdeskTr(QT_TRANSLATE_NOOP("mailsetup::HelpdeskPanel", "Page: %1")).arg(page->title()));
        m_log->notifyStateChanged();
    });
}

SetupWizard::~SetupWizard() = default;

WizardEngine* SetupWizard::engine()
{
    if (!m_engine) {
        QString error;
        m_engine = m_makeEngine(m_log, &error);
        if (!m_engine) {
            showErrorDialog(this, tr("Mail Setup cannot go on"), error,
                            tr("Nothing was changed. Install Mail Setup again, then try once more."));
        }
    }
    return m_engine.get();
}

int SetupWizard::nextId() const
{
    if (currentId() == ProviderPageId)
        return DetailsPageId;
    return m_engine ? m_engine->nextId(currentId()) : -1;
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() goes to nextId() right after this returns.
    if (const int next = nextId(); next != -1 && !page(next)) {
        WizardEngine* made = engine();
        if (!made)
            return false;
        setPage(next, made->makePage(next));
    }
    return true;
}

void SetupWizard::setHelpdeskMode(bool on)
{
    // The panel is the engine's; switching it off needs no engine that is not there.
    if (on || m_engine) {
        if (WizardEngine* made = engine())
            made->setHelpdeskMode(this, on);
        else
            on = false;
    }
    m_helpdesk = on;
    if (auto* button = qobject_cast<QPushButton*>(this->button(QWizard::CustomButton2)))
        button->setChecked(on);
    m_log->setHelpdesk(on);
}

bool SetupWizard::helpdeskMode() const
{
    return m_helpdesk;
}

bool SetupWizard::busy() const
{
    return m_engine && m_engine->busy();
}

void SetupWizard::offerLanguages(const QList<QPair<QString, QString>>& languages, const QString& current)
{
    auto* button = new QPushButton(this);
    button->setObjectName(QStringLiteral("languageButton"));
    button->setAccessibleName(tr("Language"));
    auto* menu = new QMenu(button);
    auto* group = new QActionGroup(menu);
    for (const auto& [code, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        if (code == current)
            button->setText(tr("&Language: %1").arg(name));
    }
    if (button->text().isEmpty())
        button->setText(tr("&Language"));
    connect(menu, &QMenu::triggered, this, [this, current](QAction* action) {
        if (action->data().toString() != current)
            emit languageChosen(action->data().toString());
    });
    button->setMenu(menu);
    setButton(QWizard::CustomButton1, button);
    // Only on the first page: later pages hold what the person typed.
    auto showOnFirstPage = [this](int id) { setOption(QWizard::HaveCustomButton1, id == ProviderPageId); };
    connect(this, &QWizard::currentIdChanged, this, showOnFirstPage);
    showOnFirstPage(currentId() < 0 ? startId() : currentId());
}

// Closing while files are being written would leave the person unsure what
// happened; the write takes a moment, so the window just stays until it is done.
void SetupWizard::reject()
{
    if (!busy())
        QWizard::reject();
}

void SetupWizard::closeEvent(QCloseEvent* event)
{
    if (busy()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace mailsetup
