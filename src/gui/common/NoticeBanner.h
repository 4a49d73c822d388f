#pragma once

#include "gui/common/ToneColors.h"

#include <QLabel>

namespace Paydesk {

// A line of text the operator must not miss (the demo's "made-up data"), on a rounded tint of
// its tone worked out from the palette, so it reads in a light and a dark theme alike and
// follows a theme change. The text keeps the palette's own window text colour.
class NoticeBanner : public QLabel {
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    // The colours it is painted in now.
    ToneColors colors() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Tone::Warning;
};

} // namespace Paydesk
