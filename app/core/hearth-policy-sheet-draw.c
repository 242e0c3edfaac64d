/* hearth-policy-sheet-draw.c: laying out and drawing a home-policy sheet
 *
 * The blocks flow down two columns; the title heads the first page and the
 * help numbers foot every page. Text is shaped by Pango, so Bengali, Arabic,
 * Urdu in Nastaliq and Hindi come out right, and a right-to-left sheet is
 * mirrored as a whole. Paginate on the target's cairo context (a PDF, a
 * printer, a preview picture), then draw each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-language.h"
#include "hearth-policy-sheet-private.h"

#include <pango/pangocairo.h>

/* Fonts that cover each script; Urdu is read in Nastaliq, which needs it
 * named and taller lines. Arabic is printed in Naskh, the style of printed
 * books and newspapers, whose lines are also shorter than Noto Sans
 * Arabic's: a bilingual sheet then keeps to two pages. */
static const char *
font_family (const char *language)
{
  if (g_strcmp0 (language, "ur") == 0)
    return "Noto Nastaliq Urdu, Noto Sans";
  if (g_strcmp0 (language, "ar") == 0)
    return "Noto Naskh Arabic, Noto Sans Arabic, Noto Sans";
  if (g_strcmp0 (language, "bn") == 0)
    return "Noto Sans Bengali, Noto Sans";
  if (g_strcmp0 (language, "hi") == 0)
    return "Noto Sans Devanagari, Noto Sans";
  return "Noto Sans";
}

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_TEXT,
  STYLE_ENGLISH,
  STYLE_HINT,
  STYLE_FOOTER,
} Style;

static const struct {
  double size;
  gboolean bold;
  double grey;
} styles[] = {
  [STYLE_TITLE] = { 19, TRUE, 0.0 },
  [STYLE_SUBTITLE] = { 9.5, FALSE, 0.25 },
  [STYLE_HEADING] = { 11.5, TRUE, 0.0 },
  [STYLE_TEXT] = { 9.5, FALSE, 0.0 },
  [STYLE_ENGLISH] = { 7.5, FALSE, 0.4 },
  [STYLE_HINT] = { 7.5, FALSE, 0.45 },
  [STYLE_FOOTER] = { 7, FALSE, 0.2 },
};

/* The direction of the first letter outside isolates: the family may write
 * its own rules in any language, whatever the sheet's. */
static PangoDirection
text_direction (const char *text)
{
  guint isolated = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Isolated runs (a child's name, a number) do not set the direction. */
      if (c >= 0x2066 && c <= 0x2068)
        isolated++;
      else if (c == 0x2069 && isolated > 0)
        isolated--;
      if (isolated > 0 || !g_unichar_isalpha (c))
        continue;

      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return PANGO_DIRECTION_RTL;
        default:
          return PANGO_DIRECTION_LTR;
        }
    }

  return PANGO_DIRECTION_NEUTRAL;
}

/* A Pango layout for one piece of text, @width wide, in the sheet's
 * alignment. The base direction is the text's own (English beneath Arabic
 * stays left-to-right), and set, not guessed, so alignment never flips. */
static PangoLayout *
make_layout (HearthPolicySheet *self,
             cairo_t           *cr,
             const char        *text,
             Style              style,
             gboolean           english,
             double             width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  const char *language = english ? HEARTH_SOURCE_LANGUAGE : self->language;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_family (language));
  PangoDirection direction = text_direction (text);

  if (direction == PANGO_DIRECTION_NEUTRAL)
    direction = english || !self->right_to_left ? PANGO_DIRECTION_LTR : PANGO_DIRECTION_RTL;

  pango_font_description_set_absolute_size (font, styles[style].size * self->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, styles[style].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_context_set_base_dir (pango_layout_get_context (layout), direction);
  pango_layout_context_changed (layout);
  pango_layout_set_alignment (layout, self->right_to_left ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (g_strcmp0 (language, "ur") == 0)
    pango_layout_set_line_spacing (layout, 1.5);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
text_width (HearthPolicySheet *self,
            double             column_width)
{
  return column_width - (BOX_SIZE + BOX_GAP) * self->scale;
}

static double
measure_block (HearthPolicySheet *self,
               cairo_t           *cr,
               Block             *block,
               double             column_width)
{
  g_autoptr(PangoLayout) main = NULL;
  double height = 0, gap = 3 * self->scale;

  switch (block->kind)
    {
    case BLOCK_HEADING:
      main = make_layout (self, cr, block->text, STYLE_HEADING, FALSE, column_width);
      height = layout_height (main) + 3 * self->scale;
      gap = 2 * self->scale;
      break;
    case BLOCK_PARAGRAPH:
      main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, column_width);
      height = layout_height (main);
      break;
    case BLOCK_RULE:
      main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, text_width (self, column_width));
      height = layout_height (main);
      break;
    case BLOCK_WRITE_LINE:
      main = make_layout (self, cr, block->text, STYLE_HINT, FALSE, text_width (self, column_width));
      height = layout_height (main) + 16 * self->scale;
      break;
    case BLOCK_FIELDS:
      main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, column_width);
      height = layout_height (main) + 12 * self->scale;
      break;
    default:
      g_assert_not_reached ();
    }

  if (block->english != NULL)
    {
      g_autoptr(PangoLayout) english = make_layout (self, cr, block->english, STYLE_ENGLISH, TRUE,
                                                    block->kind == BLOCK_RULE ? text_width (self, column_width)
                                                                              : column_width);

      height += layout_height (english);
    }

  return height + gap + (block->kind == BLOCK_HEADING ? 6 * self->scale : 0);
}

static double
column_width (HearthPolicySheet *self)
{
  return (self->width - 2 * MARGIN - COLUMN_GAP) / 2;
}

/* Places every block at the current scale; returns the number of pages. */
static guint
place_blocks (HearthPolicySheet *self,
              cairo_t           *cr)
{
  double width = column_width (self);
  double top_first = MARGIN + self->header_height;
  double bottom = self->height - MARGIN - self->footer_height;
  guint page = 0, column = 0;
  double y = top_first;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double needed;

      block->height = measure_block (self, cr, block, width);
      needed = block->height;
      /* A heading stays with its first line, and a section's last rule
       * with the line for the family's own that closes it. */
      if (i + 1 < self->blocks->len)
        {
          Block *next = g_ptr_array_index (self->blocks, i + 1);

          if (block->kind == BLOCK_HEADING || next->kind == BLOCK_WRITE_LINE)
            needed += measure_block (self, cr, next, width);
        }

      if (y + needed > bottom && y > (page == 0 ? top_first : MARGIN))
        {
          if (++column == 2)
            {
              column = 0;
              page++;
            }
          y = page == 0 ? top_first : MARGIN;
        }

      block->page = page;
      block->column = column;
      block->y = y;
      y += block->height;
    }

  return page + 1;
}

/* Lays the sheet out for pages @width × @height points, on @cr (which
 * supplies the font resolution). The text shrinks a little, in steps, until
 * the sheet fits on two pages; very long family rules may still need more.
 * Returns the number of pages. */
guint
hearth_policy_sheet_paginate (HearthPolicySheet *self,
                              cairo_t           *cr,
                              double             width,
                              double             height)
{
  static const double scales[] = { 1.0, 0.93, 0.86, 0.8, 0.75 };

  self->width = width;
  self->height = height;

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      double content = width - 2 * MARGIN;
      g_autoptr(PangoLayout) title = NULL;
      g_autoptr(PangoLayout) subtitle = NULL;
      g_autoptr(PangoLayout) footer = NULL;

      self->scale = scales[s];
      title = make_layout (self, cr, self->title, STYLE_TITLE, FALSE, content);
      subtitle = make_layout (self, cr, self->subtitle, STYLE_SUBTITLE, FALSE, content);
      footer = make_layout (self, cr, self->footer, STYLE_FOOTER, FALSE, content);
      self->header_height = layout_height (title) + layout_height (subtitle) + 14 * self->scale;
      self->footer_height = 2 * layout_height (footer) + 10 * self->scale;

      self->n_pages = place_blocks (self, cr);
      if (self->n_pages <= MAX_PAGES)
        break;
    }

  return self->n_pages;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_box (HearthPolicySheet *self,
          cairo_t           *cr,
          double             x,
          double             y,
          gboolean           ticked)
{
  double size = BOX_SIZE * self->scale;

  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, x, y, size, size);
  cairo_stroke (cr);

  if (ticked)
    {
      cairo_set_line_width (cr, 1.4);
      cairo_move_to (cr, x + size * 0.18, y + size * 0.55);
      cairo_line_to (cr, x + size * 0.42, y + size * 0.8);
      cairo_line_to (cr, x + size * 0.85, y + size * 0.2);
      cairo_stroke (cr);
    }
}

static void
draw_rule_line (cairo_t *cr,
                double   x1,
                double   x2,
                double   y)
{
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
  cairo_stroke (cr);
}

static void
draw_block (HearthPolicySheet *self,
            cairo_t           *cr,
            Block             *block)
{
  double width = column_width (self);
  /* The first column is the left one, or the right one in Arabic and Urdu. */
  guint visual_column = self->right_to_left ? 1 - block->column : block->column;
  double x = MARGIN + visual_column * (width + COLUMN_GAP);
  double indent = (BOX_SIZE + BOX_GAP) * self->scale;
  double text_x = block->kind == BLOCK_RULE || block->kind == BLOCK_WRITE_LINE
                  ? (self->right_to_left ? x : x + indent) : x;
  double inner = block->kind == BLOCK_RULE || block->kind == BLOCK_WRITE_LINE ? text_width (self, width) : width;
  double box_x = self->right_to_left ? x + width - BOX_SIZE * self->scale : x;
  double y = block->y;
  g_autoptr(PangoLayout) main = NULL;

  switch (block->kind)
    {
    case BLOCK_HEADING:
      y += 6 * self->scale;
      main = make_layout (self, cr, block->text, STYLE_HEADING, FALSE, width);
      show_layout (cr, main, x, y, 0.0);
      y += layout_height (main);
      break;
    case BLOCK_PARAGRAPH:
      main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, width);
      show_layout (cr, main, x, y, 0.15);
      y += layout_height (main);
      break;
    case BLOCK_RULE:
      main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, inner);
      draw_box (self, cr, box_x, y + 2 * self->scale, block->ticked);
      show_layout (cr, main, text_x, y, 0.0);
      y += layout_height (main);
      break;
    case BLOCK_WRITE_LINE:
      main = make_layout (self, cr, block->text, STYLE_HINT, FALSE, inner);
      draw_box (self, cr, box_x, y + 2 * self->scale, FALSE);
      show_layout (cr, main, text_x, y, styles[STYLE_HINT].grey);
      y += layout_height (main) + 14 * self->scale;
      draw_rule_line (cr, text_x, text_x + inner, y);
      break;
    case BLOCK_FIELDS:
      {
        g_autoptr(PangoLayout) second = make_layout (self, cr, block->second, STYLE_TEXT, FALSE, width * 0.3);
        double first_end = x + width * 0.62;
        double line_y;

        main = make_layout (self, cr, block->text, STYLE_TEXT, FALSE, width * 0.6);
        line_y = y + layout_height (main) + 10 * self->scale;
        /* "Name ________   Date ______", mirrored for right-to-left. */
        if (self->right_to_left)
          {
            show_layout (cr, main, first_end - width * 0.6 + x - x, y, 0.2);
            draw_rule_line (cr, x + width * 0.4, x + width, line_y);
            show_layout (cr, second, x, y, 0.2);
            draw_rule_line (cr, x, x + width * 0.32, line_y);
          }
        else
          {
            show_layout (cr, main, x, y, 0.2);
            draw_rule_line (cr, x, x + width * 0.6, line_y);
            show_layout (cr, second, first_end + width * 0.06, y, 0.2);
            draw_rule_line (cr, first_end + width * 0.06, x + width, line_y);
          }
        y = line_y;
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (block->english != NULL)
    {
      g_autoptr(PangoLayout) english = make_layout (self, cr, block->english, STYLE_ENGLISH, TRUE, inner);

      show_layout (cr, english, block->kind == BLOCK_HEADING ? x : text_x, y, styles[STYLE_ENGLISH].grey);
    }
}

/* Draws page @page (from 0) of a paginated sheet on @cr. */
void
hearth_policy_sheet_draw_page (HearthPolicySheet *self,
                               cairo_t           *cr,
                               guint              page)
{
  double content = self->width - 2 * MARGIN;
  g_autoptr(PangoLayout) footer = make_layout (self, cr, self->footer, STYLE_FOOTER, FALSE, content);
  g_autofree char *page_text = g_strdup_printf ("%s %u %s %u   ·   %s", self->page_word, page + 1,
                                                self->of_word, self->n_pages, self->made_with);
  g_autoptr(PangoLayout) page_line = make_layout (self, cr, page_text, STYLE_FOOTER, FALSE, content);
  double footer_y = self->height - MARGIN - self->footer_height + 8 * self->scale;

  g_return_if_fail (page < self->n_pages);

  if (page == 0)
    {
      g_autoptr(PangoLayout) title = make_layout (self, cr, self->title, STYLE_TITLE, FALSE, content);
      g_autoptr(PangoLayout) subtitle = make_layout (self, cr, self->subtitle, STYLE_SUBTITLE, FALSE, content);

      show_layout (cr, title, MARGIN, MARGIN, 0.0);
      show_layout (cr, subtitle, MARGIN, MARGIN + layout_height (title) + 2 * self->scale,
                   styles[STYLE_SUBTITLE].grey);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->page == page)
        draw_block (self, cr, block);
    }

  draw_rule_line (cr, MARGIN, self->width - MARGIN, footer_y - 4 * self->scale);
  show_layout (cr, footer, MARGIN, footer_y, styles[STYLE_FOOTER].grey);
  show_layout (cr, page_line, MARGIN, footer_y + layout_height (footer) + 2 * self->scale,
               styles[STYLE_FOOTER].grey);
}
