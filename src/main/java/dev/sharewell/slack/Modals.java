package dev.sharewell.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.NumberInputElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.sharewell.chat.Form;
import dev.sharewell.chat.Input;
import dev.sharewell.chat.OutboundMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders forms as Slack modals. Each input's block id and action id are the input's id, so field
 * errors come back to the right field. Pure; tested against golden JSON.
 */
final class Modals {
  static final int TITLE_MAX = 24;
  static final int OPTION_MAX = 75;

  private Modals() {}

  static View form(Form form, String closeLabel) {
    List<LayoutBlock> blocks =
        new ArrayList<>(BlockKit.render(new OutboundMessage("", form.intro())));
    for (Input input : form.inputs()) {
      blocks.add(
          InputBlock.builder()
              .blockId(input.id())
              .label(BlockKit.plain(SlackText.cut(input.label(), 2000)))
              .optional(input.optional())
              .element(element(input))
              .build());
    }
    return View.builder()
        .type("modal")
        .callbackId(form.formId())
        .title(title(form.title()))
        .submit(
            ViewSubmit.builder()
                .type("plain_text")
                .text(SlackText.cut(form.submitLabel(), TITLE_MAX))
                .build())
        .close(
            ViewClose.builder()
                .type("plain_text")
                .text(SlackText.cut(closeLabel, TITLE_MAX))
                .build())
        .privateMetadata(form.context().orElse(null))
        .blocks(blocks)
        .build();
  }

  /** A modal that only shows a message, with a close button: what a form turns into when done. */
  static View result(String title, OutboundMessage message, String closeLabel) {
    return View.builder()
        .type("modal")
        .title(title(title))
        .close(
            ViewClose.builder()
                .type("plain_text")
                .text(SlackText.cut(closeLabel, TITLE_MAX))
                .build())
        .blocks(BlockKit.render(message))
        .build();
  }

  private static ViewTitle title(String text) {
    return ViewTitle.builder().type("plain_text").text(SlackText.cut(text, TITLE_MAX)).build();
  }

  private static BlockElement element(Input input) {
    if (input instanceof Input.Text text) {
      return PlainTextInputElement.builder()
          .actionId(text.id())
          .multiline(text.multiline())
          .maxLength(text.maxLength())
          .initialValue(text.initial().orElse(null))
          .placeholder(
              text.placeholder().map(p -> BlockKit.plain(SlackText.cut(p, 150))).orElse(null))
          .build();
    }
    if (input instanceof Input.Choice choice) {
      List<OptionObject> options = choice.options().stream().map(Modals::option).toList();
      List<OptionObject> initial =
          options.stream().filter(o -> choice.initial().contains(o.getValue())).toList();
      if (choice.multiple()) {
        return CheckboxesElement.builder()
            .actionId(choice.id())
            .options(options)
            .initialOptions(initial.isEmpty() ? null : initial)
            .build();
      }
      return StaticSelectElement.builder()
          .actionId(choice.id())
          .options(options)
          .initialOption(initial.isEmpty() ? null : initial.get(0))
          .build();
    }
    if (input instanceof Input.Number number) {
      return NumberInputElement.builder()
          .actionId(number.id())
          .decimalAllowed(false)
          .minValue(Integer.toString(number.min()))
          .maxValue(Integer.toString(number.max()))
          .initialValue(number.initial().map(String::valueOf).orElse(null))
          .build();
    }
    if (input instanceof Input.Date date) {
      return DatePickerElement.builder()
          .actionId(date.id())
          .initialDate(date.initial().orElse(null))
          .build();
    }
    Input.Time time = (Input.Time) input;
    return TimePickerElement.builder()
        .actionId(time.id())
        .initialTime(time.initial().orElse(null))
        .build();
  }

  private static OptionObject option(Input.Option option) {
    return OptionObject.builder()
        .text(BlockKit.plain(SlackText.cut(option.label(), OPTION_MAX)))
        .value(option.value())
        .build();
  }
}
