#include "gui/designer/ImportDialog.h"

#include "ui_DesignerImportDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DesignerImportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"designerImportDialog"_s);
    m_ui->errorLabel->hide();
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->jsonEdit->setFont(mono);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &ImportDialog::openFile);
    connect(m_ui->jsonEdit, &QPlainTextEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setJson(const QString &text)
{
    m_ui->jsonEdit->setPlainText(text);
}

QString ImportDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void ImportDialog::accept()
{
    const auto parsed = MessageJson::parse(m_ui->jsonEdit->toPlainText().toUtf8());
    if (!parsed) {
        m_ui->errorLabel->setText(tr("Not imported: %1").arg(parsed.error().message));
        m_ui->errorLabel->show();
        return;
    }
    m_imported = parsed.value();
    QDialog::accept();
}

void ImportDialog::openFile()
{
    auto *dialog
        = new QFileDialog(this, tr("Open Message JSON"), QString(), tr("JSON files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_ui->errorLabel->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
            m_ui->errorLabel->show();
            return;
        }
        m_ui->jsonEdit->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

} // namespace bw::gui::designer
