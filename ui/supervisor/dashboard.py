"""The supervisor's dashboard: pictures of how customers were treated, each one drilling down to tickets.

The figures come from :func:`workstation.reports.compute`, read on the worker;
charts are Qt Charts. Clicking a bar lists the tickets behind it; a ticket
opens in the queue. The dashboard prints to PDF and exports its figures as CSV.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QPoint, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.formatting import datetime_text, decimal, number, percent
from ui.labels import action_label, category_label
from ui.theme import is_dark
from workstation.agents import Switch, acting_switches
from workstation.reports import Report, compute, drill, period, scopes, to_csv
from workstation.store.db import Store
from workstation.tickets import subjects


def load_report(store: Store, since: date, until: date, inbox: str | None, agent: str | None) -> Report:
    start, end = period(since, until)
    return compute(store, start, end, inbox=inbox, agent=agent)


def _chart(title: str) -> QChart:
    chart = QChart()
    # The chart's card follows the palette: Qt's charts draw light ones unless told otherwise.
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight)
    chart.setTitle(title)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class Dashboard(QWidget):
    # A bar the supervisor clicked: (what it shows, the figure's key for workstation.reports.drill).
    drill = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(8)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.grid.addWidget(self.summary, 0, 0, 1, 2)
        self.views: list[QChartView] = []
        self.lists = QLabel()
        self.lists.setWordWrap(True)
        self.lists.setTextFormat(Qt.TextFormat.RichText)
        self.lists.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.switches: list[Switch] = []  # who was let act at this desk (SQLite), newest first
        self._report: Report | None = None

    def _place(self, chart: QChart, row: int, column: int) -> None:
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        view.setMaximumHeight(320)
        self.grid.addWidget(view, row, column)
        self.views.append(view)

    def _bars(self, title: str, labels: list[str], values: list[float], keys: list[str], what: str,
              report: Report) -> QChart:
        chart = _chart(title)
        bars = QBarSet(title)
        bars.append(values)
        series = QBarSeries()
        series.append(bars)
        series.clicked.connect(lambda index, _set: self.drill.emit(f"{what}: {labels[index]}", keys[index]))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(labels or ["–"])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        top = max(values or [1]) or 1
        values_axis.setRange(0, top if top <= 5 else top * 1.1)
        values_axis.setTickCount(int(top) + 1 if top <= 5 else 5)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values_axis)
        return chart

    def show_report(self, report: Report) -> None:
        for view in self.views:
            self.grid.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        f, r = report.first_response, report.resolution
        def mins(value: float | None) -> str:
            if value is None:
                return "–"
            if value < 120:
                return self.tr("%1 min").replace("%1", number(round(value)))
            if value < 48 * 60:
                return self.tr("%1 h").replace("%1", decimal(value / 60))
            return self.tr("%1 d").replace("%1", decimal(value / 1440))

        labels = [
            (number(report.tickets), self.tr("complaints")),
            (mins(f.median_minutes), self.tr("first response, median (90%: %1)").replace("%1", mins(f.p90_minutes))),
            (percent(f.share_within_target), self.tr("answered within target")),
            (mins(r.median_minutes), self.tr("resolution, median (90%: %1)").replace("%1", mins(r.p90_minutes))),
            (percent(r.share_within_target), self.tr("resolved within target")),
            (decimal(float(report.satisfaction_average)) if report.satisfaction_average else "–",
             self.tr("satisfaction (1-5), %1 answers").replace("%1", str(report.satisfaction_count))),
        ]
        self.summary.setText("<table cellspacing='10'><tr>" + "".join(
            f"<td><b style='font-size:16pt'>{html.escape(value)}</b><br>{html.escape(label)}</td>"
            for value, label in labels) + "</tr></table>")
        days = list(report.per_day)
        self._place(self._bars(self.tr("Complaints per day"), [d[8:] for d in days],
                               list(report.per_day.values()), [f"day:{d}" for d in days], self.tr("Day"), report), 1, 0)
        categories = list(report.per_category)
        self._place(self._bars(self.tr("Complaints by kind"), [category_label(c) or c for c in categories],
                               list(report.per_category.values()), [f"category:{c}" for c in categories],
                               self.tr("Kind"), report), 1, 1)
        self._place(self._actions(report), 2, 0)
        agents = list(report.refused_by_agent)
        self._place(self._bars(self.tr("Replies refused by the gate, per agent (coaching)"), agents,
                               list(report.refused_by_agent.values()), [f"refused:{a}" for a in agents],
                               self.tr("Refused"), report), 2, 1)
        self._place(self._satisfaction(report), 3, 0)
        self.grid.addWidget(self.lists, 3, 1)
        self._report = report
        self._fill_lists(report)

    def show_switches(self, switches: list[Switch]) -> None:
        """The latest switches of who acts at the desk, a supervisor's choices (workstation.agents)."""
        self.switches = switches
        if self._report is not None:
            self._fill_lists(self._report)

    def _actions(self, report: Report) -> QChart:
        chart = _chart(self.tr("Promises by kind: kept, late, missed, open"))
        chart.legend().setVisible(True)
        kinds = list(report.actions)
        series = QStackedBarSeries()
        outcomes = (("kept", self.tr("kept"), "#2e7d32"), ("late", self.tr("late"), "#f9a825"),
                    ("missed", self.tr("missed"), "#c62828"), ("open", self.tr("open"), "#90a4ae"))
        for key, label, colour in outcomes:
            bars = QBarSet(label)
            bars.setColor(colour)
            bars.append([getattr(report.actions[k], key) for k in kinds])
            series.append(bars)
            bars.clicked.connect(lambda index, key=key, label=label: self.drill.emit(
                f"{action_label(kinds[index])}: {label}", f"action:{kinds[index]}:{key}"))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([action_label(k) for k in kinds] or ["–"])
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        return chart

    def _satisfaction(self, report: Report) -> QChart:
        chart = _chart(self.tr("Satisfaction per day (1 to 5)"))
        line = QLineSeries()
        days = list(report.satisfaction_per_day)
        for i, day in enumerate(days):
            line.append(i, report.satisfaction_per_day[day])
        scores_of = self.tr("Scores of %1")
        line.clicked.connect(lambda point: self.drill.emit(scores_of.replace("%1", days[round(point.x())]),
                                                           f"satisfaction:{days[round(point.x())]}") if days else None)
        chart.addSeries(line)
        x = QValueAxis()
        x.setRange(0, max(len(days) - 1, 1))
        x.setLabelFormat("%d")
        x.setTitleText(self.tr("day of the period"))
        y = QValueAxis()
        y.setRange(1, 5)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(x)
        line.attachAxis(y)
        return chart

    def _fill_lists(self, report: Report) -> None:
        parts = []
        repeat, their, said = self.tr("Repeat complainers"), self.tr("their tickets"), self.tr("What customers said")
        incidents_title, lessons_title = self.tr("Incidents"), self.tr("Lessons: what changed")
        if report.repeat_customers:
            parts.append(f"<b>{html.escape(repeat)}</b> (<a href='repeat'>{html.escape(their)}</a>)<ul>")
            parts += [f"<li>{html.escape(name)}: {n}</li>" for name, n in report.repeat_customers[:8]]
            parts.append("</ul>")
        if report.comments:
            parts.append(f"<b>{html.escape(said)}</b><ul>")
            parts += [f"<li>★{score} “{html.escape(comment)}”</li>" for _t, score, comment in report.comments[-6:]]
            parts.append("</ul>")
        if report.incidents:
            parts.append(f"<b>{html.escape(incidents_title)}</b><ul>")
            figures = self.tr("%1 customers, %2 acknowledged, %3 with an action, %4 of %5 follow-ups kept")
            parts += [f"<li>{html.escape(i['title'])}: " + html.escape(
                figures.replace("%1", str(i["tickets"])).replace("%2", str(i["acknowledged"]))
                .replace("%3", f"{i['share_with_action']:.0%}").replace("%4", str(i["followups_kept"]))
                .replace("%5", str(i["followups_due"]))) + "</li>" for i in report.incidents]
            parts.append("</ul>")
        if report.lessons:
            parts.append(f"<b>{html.escape(lessons_title)}</b><ul>")
            told = self.tr("%1 of %2 customers told")
            parts += [f"<li>{html.escape(category_label(lesson['category']) or '')}: "
                      f"{html.escape(lesson['root_cause'])} → {html.escape(lesson['change_made'])} "
                      f"({html.escape(told.replace('%1', str(lesson['told'])).replace('%2', str(lesson['customers'])))})"
                      "</li>" for lesson in report.lessons]
            parts.append("</ul>")
        if self.switches:
            heading, line = self.tr("Who this desk was passed to"), self.tr("%1: %2 → %3, by %4")
            parts.append(f"<b>{html.escape(heading)}</b><ul>")
            for switch in self.switches[:5]:
                said = (line.replace("%1", datetime_text(switch.at)).replace("%2", switch.from_agent or "–")
                        .replace("%3", switch.to_agent).replace("%4", switch.by or "–"))
                parts.append(f"<li>{html.escape(said)}</li>")
            parts.append("</ul>")
        self.lists.setText("".join(parts) or html.escape(self.tr("No repeat complainers, comments, incidents or "
                                                                  "lessons in this period.")))
        self.lists.linkActivated.connect(lambda _l: self.drill.emit(repeat, "repeat"))


class TicketList(QDialog):
    """The tickets behind a figure; double-click opens one in the queue."""

    open_ticket = Signal(int)

    def __init__(self, store: Store, run: Callable[..., None], what: str, ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(what)
        self.resize(600, 400)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda item: self.open_ticket.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 tickets. Double-click one to open it.").replace("%1", str(len(ids)))))
        layout.addWidget(self.list)

        run(lambda: subjects(store, ids), self._fill)

    def _fill(self, rows: list[tuple[int, str]]) -> None:
        for ticket_id, subject in rows:
            item = QListWidgetItem(f"#{ticket_id}  {subject}")
            item.setData(Qt.ItemDataRole.UserRole, ticket_id)
            self.list.addItem(item)


class DashboardDialog(QDialog):
    open_ticket = Signal(int)
    # The figures of the chosen period are drawn.
    shown = Signal()
    # The tickets behind a clicked figure were read: (key, ticket ids).
    drilled = Signal(str, list)

    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None, *,
                 days: int = 30) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.resize(1300, 900)
        self._store = store
        self._run = run
        self.report: Report | None = None
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-days))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.reload)
        self.inbox = QComboBox()
        self.agent = QComboBox()
        self.inbox.addItem(self.tr("All inboxes"), None)
        self.agent.addItem(self.tr("All agents"), None)
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.clicked.connect(self.save_pdf)
        csv_button = QPushButton(self.tr("Export figures (CSV)…"))
        csv_button.clicked.connect(self.save_csv)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until, self.inbox, self.agent):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(csv_button)
        top.addWidget(pdf)
        self.dashboard = Dashboard()
        self.dashboard.drill.connect(self._drill)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.dashboard)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

        run(lambda: scopes(store), self._names)

    def _names(self, found: tuple[list[str], list[str]]) -> None:
        for name in found[0]:
            self.inbox.addItem(name, name)
        for name in found[1]:
            self.agent.addItem(name, name)
        self.inbox.currentIndexChanged.connect(self.reload)
        self.agent.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        store = self._store
        since, until = self.since.date().toPython(), self.until.date().toPython()
        inbox, agent = self.inbox.currentData(), self.agent.currentData()
        self.status.setText(self.tr("Computing…"))
        self._run(lambda: load_report(store, since, until, inbox, agent), self._show)
        self._run(lambda: acting_switches(store, 5), self.dashboard.show_switches)

    def _show(self, report: Report) -> None:
        self.report = report
        self.dashboard.show_report(report)
        self.status.setText(self.tr("Click a bar to see the tickets behind it."))
        self.shown.emit()

    def _drill(self, what: str, key: str) -> None:
        report, store = self.report, self._store
        if report is None:
            return

        def tickets() -> list[int]:
            return drill(store, key, report.since, report.until, inbox=report.inbox, agent=report.agent)

        def show(ids: list[int]) -> None:
            self.drilled.emit(key, ids)
            dialog = TicketList(self._store, self._run, what, ids, self)
            dialog.open_ticket.connect(self.open_ticket)
            dialog.show()

        self._run(tickets, show)

    def save_pdf(self, target: str | None = None) -> Path | None:
        path = target or QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), "dashboard.pdf", "PDF (*.pdf)")[0]
        if not path:
            return None
        writer = QPdfWriter(path)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(110)
        writer.setTitle(self.windowTitle())
        painter = QPainter(writer)
        try:
            area = writer.pageLayout().paintRectPixels(writer.resolution()).size()
            widget = self.dashboard
            size = widget.size()
            scale = min(area.width() / max(size.width(), 1), area.height() / max(size.height(), 1))
            painter.scale(scale, scale)
            widget.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        self.status.setText(self.tr("Saved %1.").replace("%1", path))
        return Path(path)

    def save_csv(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figures"), "figures.csv", "CSV (*.csv)")
        if path:
            text = to_csv(self.report)
            self._run(lambda: Path(path).write_text(text, encoding="utf-8"),
                      lambda _n: self.status.setText(self.tr("Saved %1.").replace("%1", path)),
                      lambda exc: self.status.setText(error_text(exc)))
