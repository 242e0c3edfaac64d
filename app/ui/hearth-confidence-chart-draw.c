/* hearth-confidence-chart-draw.c: laying out and drawing the confidence chart
 *
 * Part of HearthConfidenceChart: one pass over the chart, which either
 * draws it with cairo and Pango or, given no cairo_t, only works out how
 * tall it is at a width, so measuring and drawing cannot disagree.
 * Positions are worked out from the start of the line of reading and
 * mirrored for right-to-left languages by from_start().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hearth-i18n.h"

#include "hearth-confidence-chart-private.h"

#define PADDING      12
#define MODULE_GAP   18
#define BAR_GAP      6
#define LABEL_GAP    10
#define SWATCH_WIDTH 34

typedef enum
{
  BAR_BEFORE,
  BAR_AFTER,
} BarKind;

/* The left edge of a box of @box_width that starts @x from the reading side. */
static double
from_start (HearthChartPass *pass,
            double           x,
            double           box_width)
{
  return pass->rtl ? pass->width - x - box_width : x;
}

static PangoLayout *
make_layout (HearthChartPass *pass,
             const char      *text,
             gboolean         bold,
             int              wrap_width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (pass->widget, text);

  if (bold)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }

  if (wrap_width > 0)
    {
      PangoAlignment start = pass->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
      PangoDirection direction;

      pango_layout_set_width (layout, wrap_width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      /* Pango swaps left and right for a paragraph whose direction is not
       * the widget's (an English title in Arabic); undo that, so every line
       * starts on the reading side. */
      direction = pango_layout_get_line_readonly (layout, 0)->resolved_dir;
      if ((direction == PANGO_DIRECTION_RTL && !pass->rtl) || (direction == PANGO_DIRECTION_LTR && pass->rtl))
        start = start == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
      pango_layout_set_alignment (layout, start);
    }

  return layout;
}

static void
layout_size (PangoLayout *layout,
             int         *width,
             int         *height)
{
  pango_layout_get_pixel_size (layout, width, height);
}

static void
show_layout (HearthChartPass *pass,
             PangoLayout     *layout,
             double           x,
             double           y,
             double           alpha)
{
  if (pass->cr == NULL)
    return;

  cairo_move_to (pass->cr, x, y);
  cairo_set_source_rgba (pass->cr, pass->text.red, pass->text.green, pass->text.blue, pass->text.alpha * alpha);
  pango_cairo_show_layout (pass->cr, layout);
}

/* Stripes for before, solid for after, both outlined. */
static void
paint_bar (HearthChartPass *pass,
           BarKind          kind,
           double           x,
           double           y,
           double           width,
           double           height)
{
  cairo_t *cr = pass->cr;
  const GdkRGBA *accent = &pass->accent;

  if (cr == NULL || width <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  if (kind == BAR_AFTER)
    {
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
      cairo_fill_preserve (cr);
    }
  else
    {
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.12);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_new_path (cr);
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
      cairo_set_line_width (cr, 2.5);
      for (double stripe = x - height; stripe < x + width; stripe += 8)
        {
          cairo_move_to (cr, stripe, y + height);
          cairo_line_to (cr, stripe + height, y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 1.0);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Faint lines at 1 to 5 behind a bar, so it can be read against the scale. */
static void
paint_grid (HearthChartPass *pass,
            double           bar_start,
            double           bar_room,
            double           y,
            double           height)
{
  if (pass->cr == NULL)
    return;

  cairo_save (pass->cr);
  cairo_set_source_rgba (pass->cr, pass->text.red, pass->text.green, pass->text.blue, 0.18);
  cairo_set_line_width (pass->cr, 1);
  for (int mark = 1; mark <= HEARTH_CONFIDENCE_SCALE_MAX; mark++)
    {
      /* On a whole pixel, so the line is sharp. */
      int x = (int) from_start (pass, bar_start + bar_room * mark / HEARTH_CONFIDENCE_SCALE_MAX, 0);

      cairo_move_to (pass->cr, x + 0.5, y - 2);
      cairo_line_to (pass->cr, x + 0.5, y + height + 2);
    }
  cairo_stroke (pass->cr);
  cairo_restore (pass->cr);
}

/* The numbers of the scale, each over its line. */
static int
lay_out_scale (HearthChartPass *pass,
               double           bar_start,
               double           bar_room,
               int              y)
{
  int height = 0;

  for (int mark = 1; mark <= HEARTH_CONFIDENCE_SCALE_MAX; mark++)
    {
      g_autofree char *text = g_strdup_printf ("%d", mark);
      g_autoptr(PangoLayout) number = make_layout (pass, text, FALSE, 0);
      int width, text_height;

      layout_size (number, &width, &text_height);
      show_layout (pass, number,
                   from_start (pass, bar_start + bar_room * mark / HEARTH_CONFIDENCE_SCALE_MAX - width / 2.0, width),
                   y, 0.7);
      height = MAX (height, text_height);
    }

  return y + height;
}

static const char *
bar_name (BarKind kind)
{
  /* Translators: beside the bar of how sure learners felt before a topic */
  return kind == BAR_BEFORE ? _("Before") : _("After");
}

/* The legend: a swatch and its meaning for each bar, side by side when they fit. */
static int
lay_out_legend (HearthChartPass *pass,
                int              y)
{
  const char *meanings[] = {
    _("Before: how sure they felt before the topic"),
    _("After: how sure they felt after its quiz"),
  };
  int x = PADDING;
  int line_height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (meanings); i++)
    {
      int text_room = pass->width - 2 * PADDING - SWATCH_WIDTH - 8;
      g_autoptr(PangoLayout) layout = make_layout (pass, meanings[i], FALSE, 0);
      int text_width, text_height, item_width, item_height;

      layout_size (layout, &text_width, &text_height);
      if (text_width > text_room)
        {
          g_clear_object (&layout);
          layout = make_layout (pass, meanings[i], FALSE, text_room);
          layout_size (layout, &text_width, &text_height);
        }
      item_width = SWATCH_WIDTH + 8 + text_width;
      item_height = MAX (text_height, 20);

      /* A new line when this one is full. */
      if (x > PADDING && x + item_width > pass->width - PADDING)
        {
          y += line_height + 8;
          x = PADDING;
          line_height = 0;
        }

      paint_bar (pass, i == 0 ? BAR_BEFORE : BAR_AFTER,
                 from_start (pass, x, SWATCH_WIDTH), y + (item_height - 18) / 2.0, SWATCH_WIDTH, 18);
      show_layout (pass, layout, from_start (pass, x + SWATCH_WIDTH + 8, text_width), y, 1.0);
      x += item_width + 24;
      line_height = MAX (line_height, item_height);
    }

  return y + line_height;
}

/* An average as it is shown, such as 2.5. */
char *
hearth_confidence_chart_format_value (double value)
{
  return g_strdup_printf ("%.1f", value);
}

/* One module: its name, then its two bars. */
static int
lay_out_module (HearthChartPass   *pass,
                HearthChartModule *module,
                int                label_width,
                double             bar_start,
                double             bar_room,
                int                bar_height,
                int                y)
{
  g_autoptr(PangoLayout) title = make_layout (pass, module->title, TRUE, pass->width - 2 * PADDING);
  int title_width, title_height;

  layout_size (title, &title_width, &title_height);
  show_layout (pass, title, PADDING, y, 1.0);
  y += title_height + 6;

  for (BarKind kind = BAR_BEFORE; kind <= BAR_AFTER; kind++)
    {
      double value = kind == BAR_BEFORE ? module->before : module->after;
      g_autoptr(PangoLayout) name = make_layout (pass, bar_name (kind), FALSE, 0);
      g_autoptr(PangoLayout) number = NULL;
      int text_width, text_height;

      layout_size (name, &text_width, &text_height);
      show_layout (pass, name, from_start (pass, PADDING + label_width - text_width, text_width),
                   y + (bar_height - text_height) / 2.0, 1.0);

      if (isnan (value))
        {
          number = make_layout (pass, _("No answers yet"), FALSE, 0);
          layout_size (number, &text_width, &text_height);
          show_layout (pass, number, from_start (pass, bar_start, text_width),
                       y + (bar_height - text_height) / 2.0, 0.7);
        }
      else
        {
          g_autofree char *text = hearth_confidence_chart_format_value (value);
          double length = bar_room * CLAMP (value, 0, HEARTH_CONFIDENCE_SCALE_MAX) / HEARTH_CONFIDENCE_SCALE_MAX;

          number = make_layout (pass, text, TRUE, 0);
          layout_size (number, &text_width, &text_height);
          paint_grid (pass, bar_start, bar_room, y, bar_height);
          paint_bar (pass, kind, from_start (pass, bar_start, length), y, length, bar_height);
          show_layout (pass, number, from_start (pass, bar_start + length + 6, text_width),
                       y + (bar_height - text_height) / 2.0, 1.0);
        }

      y += bar_height + (kind == BAR_BEFORE ? BAR_GAP : 0);
    }

  return y;
}

/* Draws the chart, or with no cairo_t only works out its height. */
int
hearth_confidence_chart_lay_out (HearthChartPass *pass)
{
  g_autoptr(PangoLayout) scale = NULL;
  int label_width = 0, value_width, bar_height, text_height, y;
  double bar_start, bar_room;

  for (BarKind kind = BAR_BEFORE; kind <= BAR_AFTER; kind++)
    {
      g_autoptr(PangoLayout) name = make_layout (pass, bar_name (kind), FALSE, 0);
      int width;

      layout_size (name, &width, &text_height);
      label_width = MAX (label_width, width);
    }
  {
    g_autoptr(PangoLayout) widest = make_layout (pass, "5.0", TRUE, 0);

    layout_size (widest, &value_width, &text_height);
  }
  bar_height = MAX (26, text_height + 8);
  bar_start = PADDING + label_width + LABEL_GAP;
  bar_room = MAX (pass->width - PADDING - value_width - 8 - bar_start, 40);

  y = lay_out_legend (pass, PADDING);

  scale = make_layout (pass, _("1 means not sure at all, 5 means very sure."), FALSE, pass->width - 2 * PADDING);
  show_layout (pass, scale, PADDING, y + 8, 0.7);
  layout_size (scale, NULL, &text_height);
  y += 8 + text_height;
  if (pass->modules->len > 0)
    y = lay_out_scale (pass, bar_start, bar_room, y + MODULE_GAP);

  for (guint i = 0; i < pass->modules->len; i++)
    y = lay_out_module (pass, &g_array_index (pass->modules, HearthChartModule, i),
                        label_width, bar_start, bar_room, bar_height, y + (i == 0 ? 6 : MODULE_GAP));

  return y + PADDING;
}
