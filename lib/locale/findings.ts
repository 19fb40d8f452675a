// English title and detail of every finding (lib/risk/rules, and the gaps
// missing_<check id> derived from lib/risk/checks.ts), saying what the
// Chinese row says. The Chinese stays on the rule row and in the Analysis.

export interface FindingWords {
  title: string;
  detail: string;
}

export const FINDING_EN: Readonly<Record<string, FindingWords>> = {
  // violations: consent
  implied_consent: {
    title: 'Registering, logging in or using the service counts as agreeing to this policy',
    detail: 'Consent must be given by you, actively and explicitly; treating registration, login or continued use as consent is not valid consent.',
  },
  change_by_continued_use: {
    title: 'Policy changes take effect without your consent: using the service counts as agreeing',
    detail: 'Changes to the policy, above all major ones, must be notified prominently and your consent asked again, not taken from continued use or made without separate notice.',
  },
  bundled_consent: {
    title: 'You cannot use the service unless you accept the whole policy',
    detail: 'Refusing information that the basic functions do not need should only affect the extra functions that use it, not lock you out of the service altogether.',
  },
  sensitive_without_separate_consent: {
    title: 'Collects sensitive personal information without promising to ask your separate consent',
    detail: 'Processing sensitive personal information such as your face, ID documents, bank cards or location requires your separate consent; agreeing to the whole policy at once does not count.',
  },
  // violations: necessary information (lib/necessary)
  beyond_necessary: {
    title: 'You cannot register or use the app without giving information its basic functions do not need',
    detail: 'By the scope of necessary personal information for this type of app, this information is not needed for the basic functions; if you refuse to give it, the app may not refuse you its basic service.',
  },
  // violations: sharing
  targeting_no_optout: {
    title: 'Uses your information for personalised recommendations or ads, with no way to turn them off',
    detail: 'Pushing information or marketing to you through automated decision-making must come with an option not based on your personal characteristics, or an easy way to refuse.',
  },
  profile_sharing: {
    title: 'Gives others profiles, tags or scores derived from you',
    detail: 'Profiles, tags, credit or risk scores are personal information inferred from yours; giving them to third parties such as advertisers or lenders requires telling you who receives them and your separate consent.',
  },
  sharing_unnamed: {
    title: 'Shares your information with partners or third parties without saying who they are',
    detail: 'Whoever provides personal information to others must tell you the recipient’s name, contact details, purpose and method of processing; “partners” or “third parties” alone tells you nothing.',
  },
  exceptions_beyond_law: {
    title: 'The cases where your consent is not asked go beyond what the law allows',
    detail: 'Personal information may be processed without consent only in the cases listed in Article 13 of the Personal Information Protection Law; national security, criminal investigation, keeping the service running safely and academic research are not among them.',
  },
  public_disclosure: {
    title: 'May make your information public without your consent (e.g. announcing penalties or prize winners)',
    detail: 'Making personal information public requires your separate consent, or an explicit provision of law.',
  },
  // violations: rights
  slow_response: {
    title: 'Answering your requests takes more than 15 working days',
    detail: 'Requests to access, correct or delete information, close an account or complain should be answered within a promised, reasonable time; the regulators’ standard is at most 15 working days.',
  },
  closure_obstacles: {
    title: 'Closing your account comes with extra obstacles',
    detail: 'Closing an account should only require verifying your identity and settling transactions; asking for a photo of you holding your ID or for your history, or closing the accounts of other products along with it, are unreasonable conditions.',
  },
  refuses_requests: {
    title: 'Keeps reasons beyond the law to refuse your requests or charge for them',
    detail: 'When you ask to access, correct or delete your information, the processor may refuse only as the law allows, and must say why; “excessive technical means”, “impractical” or charging a fee are not among the grounds.',
  },
  keeps_after_deletion: {
    title: 'Your information is kept or still processed after deletion or closing the account',
    detail: 'Deleted information must be erased or anonymised; where the law requires keeping it, all processing other than storage and necessary security protection must stop. De-identifying is not deleting.',
  },
  deidentified_as_nonpersonal: {
    title: 'Treats de-identified or “statistical” data as non-personal and uses it freely',
    detail: 'De-identified information is still personal information, bound by this policy and the law; only anonymised information (which cannot be traced back) is not.',
  },
  unfair_disclaimer: {
    title: 'Disclaims its own responsibility for data leaks or for the third parties it brings in',
    detail: 'A processor answers for its own processing and for the third parties it entrusts or brings in, and cannot disclaim that in standard terms; leaks you caused by making information public yourself, or by force majeure, are the exception.',
  },
  // gaps: one per check of lib/risk/checks.ts
  missing_operator: {
    title: 'Does not say who runs the service and handles your information',
    detail: 'A policy must name the personal information processor, so that you know whom to exercise your rights against.',
  },
  missing_contact: {
    title: 'Gives no working contact details',
    detail: 'The policy gives no e-mail, phone number or address, so there is no clear way to exercise your rights or complain.',
  },
  missing_retention: {
    title: 'Does not say how long your information is kept',
    detail: 'A policy must state how long information is kept, or how that period is set.',
  },
  missing_rights_access: {
    title: 'Does not say how to see your information',
    detail: 'You have the right to see and copy your personal information.',
  },
  missing_rights_correct: {
    title: 'Does not say how to correct your information',
    detail: 'You have the right to correct and complete personal information that is wrong or incomplete.',
  },
  missing_rights_delete: {
    title: 'Does not say how to delete your information',
    detail: 'Deletion is your right by law.',
  },
  missing_rights_withdraw: {
    title: 'Does not say how to withdraw consent',
    detail: 'You have the right to withdraw consent, and the processor must give you a convenient way to do so.',
  },
  missing_rights_close_account: {
    title: 'Does not say how to close your account',
    detail: 'There must be a way to close the account.',
  },
  missing_response_time: {
    title: 'Does not say how soon your requests are answered',
    detail: 'A policy should promise a time limit for answering requests (at most 15 working days).',
  },
  missing_complaint: {
    title: 'Does not say how to complain',
    detail: 'There must be a way to complain or report.',
  },
  missing_minors: {
    title: 'Has no rules for minors’ personal information',
    detail: 'Processing information of children under 14 requires a guardian’s consent and dedicated rules.',
  },
  missing_update_date: {
    title: 'Does not say when it was updated',
    detail: 'There is no telling whether this is the latest version of the policy.',
  },
  missing_sdk_list: {
    title: 'Mentions third-party SDKs without listing them',
    detail: 'Each embedded third-party SDK should be listed with its name, purpose and the personal information it collects.',
  },
  missing_breach_notice: {
    title: 'Does not promise to tell you of a data leak',
    detail: 'After a security incident such as a leak of personal information, the processor must notify you.',
  },
  missing_cessation: {
    title: 'Does not say what happens to your information if the service closes',
    detail: 'When it stops operating, a service should notify its users, stop collecting, and delete or anonymise personal information.',
  },
  // notices
  biometric: {
    title: 'Collects biometrics such as your face, fingerprint or voiceprint',
    detail: 'Biometric information cannot be changed once leaked; it is sensitive personal information.',
  },
  identity_document: {
    title: 'Collects ID document numbers or photos',
    detail: 'ID document information can be used to impersonate you; it is sensitive personal information.',
  },
  financial: {
    title: 'Collects bank account, transaction, credit or property information',
    detail: 'Leaked financial information can cost you money; it is sensitive personal information.',
  },
  health: {
    title: 'Collects health information such as medical history',
    detail: 'Medical and health information is sensitive personal information.',
  },
  precise_location: {
    title: 'Collects your precise location or movements',
    detail: 'Precise location and movement tracks are sensitive personal information.',
  },
  minors_data: {
    title: 'Collects personal information of children under 14',
    detail: 'Children’s personal information is sensitive: it requires the consent of a parent or other guardian, and dedicated processing rules.',
  },
  address_book: {
    title: 'Reads the phone’s contacts, text messages or call log',
    detail: 'Contacts, text messages and call logs touch on the private communications of you and others; most services do not need them.',
  },
  app_list: {
    title: 'Reads the list of apps installed on the phone',
    detail: 'The list of apps can reveal your interests, finances and health; regulators often call it out.',
  },
  clipboard: {
    title: 'Reads the clipboard',
    detail: 'The clipboard may hold passwords, verification codes and the like; it should be read only when you paste, or share a code.',
  },
  device_tracking: {
    title: 'Collects device identifiers (IMEI, OAID, Android ID, etc.)',
    detail: 'Persistent device identifiers can follow the same device across different apps.',
  },
  foreign_sdk: {
    title: 'Embeds SDKs from companies outside China',
    detail: 'What foreign SDKs collect may be transferred abroad, and the rules on cross-border transfer apply.',
  },
  cross_border: {
    title: 'Your information is or may be transferred abroad',
    detail: 'Providing personal information abroad requires telling you who receives it there, your separate consent, and meeting the conditions for transfer such as a security assessment.',
  },
  merger_transfer: {
    title: 'In a merger or acquisition your information may pass to the new owner',
    detail: 'The recipient must stay bound by this policy, or else ask your consent again.',
  },
};
