import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { describeError } from "../format/describeError";
import { useLanguage } from "../i18n/LanguageContext";

export interface ErrorBarProps {
  /** What failed, e.g. "Could not check the data". */
  readonly title: string;
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/** A failure with its cause and the next step, in the user's language. */
export function ErrorBar({ title, error, onDismiss }: ErrorBarProps) {
  const { language, strings } = useLanguage();
  const { cause, next } = describeError(error, strings, language);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div>
          {strings.errors.cause} {cause}
        </div>
        <div>
          {strings.errors.next} {next}
        </div>
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={strings.errors.dismiss}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
