<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="ja">
<context>
    <name></name>
    <message>
        <source>ただいま受付できません</source>
        <translation>En este momento no podemos atenderle</translation>
    </message>
    <message>
        <source>システムに接続できません。</source>
        <translation>No se puede conectar con el sistema.</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください。</source>
        <translation>Por favor, hable con el personal de recepción.</translation>
    </message>
    <message>
        <source>もう一度顔認証</source>
        <translation>Intentar de nuevo el reconocimiento facial</translation>
    </message>
    <message>
        <source>顔認証</source>
        <translation>Reconocimiento facial</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>職員による目視確認</source>
        <translation>Verificación visual por el personal</translation>
    </message>
    <message>
        <source>本人確認の方法を選んでください。</source>
        <translation>Elija cómo confirmar su identidad.</translation>
    </message>
    <message>
        <source>本人確認</source>
        <translation>Confirmación de identidad</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>カメラの準備をしています。</source>
        <translation>Preparando la cámara.</translation>
    </message>
    <message>
        <source>顔を枠に合わせて、カメラを見てください。</source>
        <translation>Coloque la cara dentro del marco y mire a la cámara.</translation>
    </message>
    <message>
        <source>%1 回目（全 %2 回）</source>
        <translation>Intento %1 de %2</translation>
    </message>
    <message>
        <source>認証しました</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>本人確認ができました。</source>
        <translation>Su identidad está confirmada.</translation>
    </message>
    <message>
        <source>暗証番号または職員による確認をご利用ください。</source>
        <translation>Use su PIN o pida la verificación del personal.</translation>
    </message>
    <message>
        <source>顔認証できませんでした</source>
        <translation>No se pudo completar el reconocimiento facial</translation>
    </message>
    <message>
        <source>職員の方へ: 本人であることを目視で確認し、施設のパスワードを入力してください。</source>
        <translation>Para el personal: compruebe visualmente que es el titular de la tarjeta y escriba la contraseña del centro.</translation>
    </message>
    <message>
        <source>患者さんの暗証番号ではありません。</source>
        <translation>No escriba aquí el PIN del paciente.</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>続けて間違ったパスワードが入力されたため、この端末では入力を止めています。</source>
        <translation>Se introdujeron contraseñas incorrectas varias veces; este terminal ha dejado de aceptar contraseñas.</translation>
    </message>
    <message>
        <source>健康保険証の利用登録</source>
        <translation>Registro para usarla como tarjeta del seguro de salud</translation>
    </message>
    <message>
        <source>このカードは健康保険証としての利用登録がされていません。</source>
        <translation>Esta tarjeta no está registrada para usarse como tarjeta del seguro de salud.</translation>
    </message>
    <message>
        <source>今ここで登録しますか？</source>
        <translation>¿Desea registrarla ahora?</translation>
    </message>
    <message>
        <source>登録する</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>登録しない</source>
        <translation>No registrar</translation>
    </message>
    <message>
        <source>利用規約と登録内容</source>
        <translation>Condiciones de uso y registro</translation>
    </message>
    <message>
        <source>同意して登録する</source>
        <translation>Aceptar y registrar</translation>
    </message>
    <message>
        <source>過去の診療やお薬などの情報を、この医療機関・薬局と共有することに同意しますか？</source>
        <translation>¿Acepta compartir con este centro médico o farmacia información como sus consultas y medicamentos anteriores?</translation>
    </message>
    <message>
        <source>同意は24時間有効です。</source>
        <translation>Su consentimiento es válido durante 24 horas.</translation>
    </message>
    <message>
        <source>情報共有への同意</source>
        <translation>Consentimiento para compartir información</translation>
    </message>
    <message>
        <source>全て同意する</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>個別に同意する</source>
        <translation>Elegir uno por uno</translation>
    </message>
    <message>
        <source>項目ごとに選んでください。</source>
        <translation>Elija una opción para cada punto.</translation>
    </message>
    <message>
        <source>確定</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法</source>
        <translation>Cómo recibir su receta</translation>
    </message>
    <message>
        <source>処方箋の受け取り方法を選んでください。</source>
        <translation>Elija cómo desea recibir su receta.</translation>
    </message>
    <message>
        <source>電子処方箋</source>
        <translation>Receta electrónica</translation>
    </message>
    <message>
        <source>紙の処方箋</source>
        <translation>Receta en papel</translation>
    </message>
    <message>
        <source>カードをお取りください。</source>
        <translation>Por favor, retire su tarjeta.</translation>
    </message>
    <message>
        <source>受付が完了しました</source>
        <translation>Recepción completada</translation>
    </message>
    <message>
        <source>受付の職員にお声がけください</source>
        <translation>Hable con el personal de recepción</translation>
    </message>
    <message>
        <source>健康保険証の受付</source>
        <translation>Recepción del seguro de salud</translation>
    </message>
    <message>
        <source>マイナンバーカードを置いてください。</source>
        <translation>Coloque su Tarjeta My Number.</translation>
    </message>
    <message>
        <source>顔写真のある面を上にして、カード置き場に置いてください。</source>
        <translation>Colóquela en el soporte de tarjetas con la foto hacia arriba.</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Leyendo la tarjeta</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Leyendo su tarjeta. Por favor, no la mueva.</translation>
    </message>
    <message>
        <source>確認中</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>確認しています。しばらくお待ちください。</source>
        <translation>Estamos comprobando. Espere un momento, por favor.</translation>
    </message>
    <message>
        <source>このカードは使えません</source>
        <translation>No se puede usar esta tarjeta</translation>
    </message>
    <message>
        <source>復旧すると、自動的に受付を再開します。</source>
        <translation>La recepción se reanudará automáticamente cuando se solucione.</translation>
    </message>
    <message>
        <source>暗証番号（数字4桁）を入力してください。</source>
        <translation>Ingrese su PIN (4 dígitos).</translation>
    </message>
    <message>
        <source>あと %1 回間違えるとロックされます。</source>
        <translation>Intentos que quedan antes de bloquear el PIN: %1</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Llamar al personal</translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <translation>Ingrese su PIN</translation>
    </message>
    <message>
        <source>顔認証で確認する</source>
        <translation>Usar el reconocimiento facial</translation>
    </message>
    <message>
        <source>暗証番号がロックされました</source>
        <translation>Su PIN está bloqueado</translation>
    </message>
    <message>
        <source>操作を続けますか？</source>
        <translation>¿Desea continuar?</translation>
    </message>
    <message>
        <source>続ける場合は「続ける」を押してください。</source>
        <translation>Para seguir, pulse «Continuar».</translation>
    </message>
    <message>
        <source>操作がないため、%1 秒後に最初の画面に戻ります。</source>
        <translation>No hay actividad: se volverá a la pantalla inicial en %1 segundos.</translation>
    </message>
    <message>
        <source>続ける</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>言語を選んでください</source>
        <translation>Elija un idioma</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>お手続きを選んでください。</source>
        <translation>Elija el trámite que desea hacer.</translation>
    </message>
    <message>
        <source>健康保険証利用の申込み</source>
        <translation>Solicitar el uso como tarjeta del seguro de salud</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
    <message>
        <source>健康保険証利用の申込</source>
        <translation>Solicitar el uso como tarjeta del seguro de salud</translation>
    </message>
    <message>
        <source>登録状況の確認</source>
        <translation>Consultar el estado del registro</translation>
    </message>
    <message>
        <source>利用規約</source>
        <translation>Condiciones de uso</translation>
    </message>
    <message>
        <source>次の内容で登録します。よろしければ「登録する」を押してください。</source>
        <translation>Se registrará lo siguiente. Si es correcto, pulse «Registrar».</translation>
    </message>
    <message>
        <source>登録後は、医療機関・薬局の受付でこのカードを健康保険証として使えます。</source>
        <translation>Una vez registrada, podrá usar esta tarjeta como tarjeta del seguro de salud en la recepción de clínicas, hospitales y farmacias.</translation>
    </message>
    <message>
        <source>マイナンバーカードを健康保険証として利用するための登録を行います。</source>
        <translation>Va a registrar su Tarjeta My Number para usarla como tarjeta del seguro de salud.</translation>
    </message>
    <message>
        <source>登録すると、医療機関・薬局でマイナンバーカードにより保険資格が確認されます。</source>
        <translation>Una vez registrada, los centros médicos y las farmacias comprobarán su seguro de salud con su Tarjeta My Number.</translation>
    </message>
    <message>
        <source>診療や薬の情報は、ご本人が同意した場合に限り医療機関・薬局と共有されます。</source>
        <translation>La información de sus consultas y medicamentos solo se comparte con centros médicos y farmacias si usted lo acepta.</translation>
    </message>
    <message>
        <source>ICチップに診療や薬の情報は記録されません。</source>
        <translation>El chip IC de la tarjeta no guarda información de consultas ni de medicamentos.</translation>
    </message>
    <message>
        <source>お手続き: %1</source>
        <translation>Trámite: %1</translation>
    </message>
    <message>
        <source>本人確認: %1</source>
        <translation>Identidad confirmada por: %1</translation>
    </message>
    <message>
        <source>電子証明書の有効期限: %1</source>
        <translation>Certificado electrónico válido hasta: %1</translation>
    </message>
    <message>
        <source>同意する</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>同意しない</source>
        <translation>No acepto</translation>
    </message>
    <message>
        <source>カードの挿入</source>
        <translation>Inserte la tarjeta</translation>
    </message>
    <message>
        <source>マイナンバーカードを挿入してください。</source>
        <translation>Inserte su Tarjeta My Number.</translation>
    </message>
    <message>
        <source>カードの読み取り</source>
        <translation>Lectura de la tarjeta</translation>
    </message>
    <message>
        <source>マイナンバーカードをスマートフォンの背面にかざしてください。読み取りが終わるまで動かさないでください。</source>
        <translation>Acerque su tarjeta My Number a la parte trasera del teléfono. No la mueva hasta que termine la lectura.</translation>
    </message>
    <message>
        <source>登録内容の確認</source>
        <translation>Confirmar el registro</translation>
    </message>
    <message>
        <source>手続きが終わりました</source>
        <translation>El trámite ha terminado</translation>
    </message>
    <message>
        <source>ここでは手続きできません</source>
        <translation>Este trámite no se puede hacer aquí</translation>
    </message>
    <message>
        <source>このカードは健康保険証として利用登録されています。</source>
        <translation>Esta tarjeta está registrada para usarse como tarjeta del seguro de salud.</translation>
    </message>
    <message>
        <source>このカードはまだ健康保険証として利用登録されていません。</source>
        <translation>Esta tarjeta aún no está registrada para usarse como tarjeta del seguro de salud.</translation>
    </message>
    <message>
        <source>登録状況</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>カードが取り出されたため、受付を中止しました。</source>
        <translation>Se retiró la tarjeta, por lo que se canceló el trámite.</translation>
    </message>
    <message>
        <source>これは健康保険証です。受付の職員にお渡しください。</source>
        <translation>Esta es una tarjeta del seguro de salud. Entréguela al personal de recepción.</translation>
    </message>
    <message>
        <source>マイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation>Esta no es una Tarjeta My Number. Coloque su Tarjeta My Number.</translation>
    </message>
    <message>
        <source>カードのICチップが読み取れません。カードの再発行はお住まいの市区町村の窓口で行えます。</source>
        <translation>No se puede leer el chip IC de la tarjeta. Puede pedir una tarjeta nueva en la oficina de su municipio.</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。置き直してください。</source>
        <translation>No se pudo leer la tarjeta. Vuelva a colocarla.</translation>
    </message>
    <message>
        <source>カードリーダーに問題が発生しました。</source>
        <translation>Hay un problema con el lector de tarjetas.</translation>
    </message>
    <message>
        <source>暗証番号が違います。</source>
        <translation>El PIN no es correcto.</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です。</source>
        <translation>El PIN tiene 4 dígitos.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。ロックの解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>Su PIN está bloqueado. Puede desbloquearlo en la oficina de su municipio.</translation>
    </message>
    <message>
        <source>暗証番号を3回間違えたため、ロックされました。解除はお住まいの市区町村の窓口で行えます。</source>
        <translation>Se ingresó un PIN incorrecto 3 veces y el PIN quedó bloqueado. Puede desbloquearlo en la oficina de su municipio.</translation>
    </message>
    <message>
        <source>このカードは顔認証マイナンバーカードです（暗証番号はありません）。</source>
        <translation>Esta es una Tarjeta My Number solo con reconocimiento facial (no tiene PIN).</translation>
    </message>
    <message>
        <source>カードの写真と一致しませんでした。</source>
        <translation>Su rostro no coincide con la foto de la tarjeta.</translation>
    </message>
    <message>
        <source>顔を確認できませんでした。</source>
        <translation>No se pudo verificar su rostro.</translation>
    </message>
    <message>
        <source>カメラが使えません。</source>
        <translation>No se puede usar la cámara.</translation>
    </message>
    <message>
        <source>カードの写真を読み取れません。</source>
        <translation>No se puede leer la foto de la tarjeta.</translation>
    </message>
    <message>
        <source>ロックを解除</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>%1 はパスワードの入力が止められています（%2 まで）。</source>
        <translation>%1 no acepta contraseñas (hasta las %2).</translation>
    </message>
    <message>
        <source>ロックを解除しました。</source>
        <translation>Desbloqueado.</translation>
    </message>
    <message>
        <source>パスワードが違います。</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>解除できませんでした。</source>
        <translation>No se pudo desbloquear.</translation>
    </message>
    <message>
        <source>Web API（登録のない医療機関コード）</source>
        <translation>API web (código de institución no registrado)</translation>
    </message>
    <message>
        <source>Web API（医療機関コード %1）</source>
        <translation>API web (código de institución %1)</translation>
    </message>
    <message>
        <source>パスワードの入力ができなくなりました。係員をお呼びください。</source>
        <translation>Ya no se puede introducir la contraseña. Llame a un miembro del personal.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません。</source>
        <translation>Este centro no ofrece la verificación visual por el personal.</translation>
    </message>
    <message>
        <source>このカードは一時利用停止されています（紛失・盗難の届出）。</source>
        <translation>Esta tarjeta está suspendida temporalmente (se informó su pérdida o robo).</translation>
    </message>
    <message>
        <source>このカードの電子証明書は失効しています。</source>
        <translation>El certificado electrónico de esta tarjeta ha sido revocado.</translation>
    </message>
    <message>
        <source>このカードの電子証明書の有効期限が切れています。</source>
        <translation>El certificado electrónico de esta tarjeta ha vencido.</translation>
    </message>
    <message>
        <source>このカードの電子証明書はまだ有効になっていません。</source>
        <translation>El certificado electrónico de esta tarjeta aún no es válido.</translation>
    </message>
    <message>
        <source>このカードの電子証明書を確認できません。</source>
        <translation>No se puede verificar el certificado electrónico de esta tarjeta.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録をしていません。受付の職員に資格確認書などをお見せください。</source>
        <translation>Esta tarjeta no está registrada como tarjeta del seguro de salud. Muestre al personal de recepción su Certificado de Elegibilidad (資格確認書) u otro documento similar.</translation>
    </message>
    <message>
        <source>このカードは登録済みです。変更はありません。</source>
        <translation>Esta tarjeta ya está registrada. No hay cambios.</translation>
    </message>
    <message>
        <source>健康保険証としての利用登録が完了しました。</source>
        <translation>Se completó el registro como tarjeta del seguro de salud.</translation>
    </message>
    <message>
        <source>保険の資格情報が見つからないため、登録できませんでした。</source>
        <translation>No se encontraron los datos de su seguro de salud, por lo que no se pudo registrar.</translation>
    </message>
    <message>
        <source>このカードは登録できません。</source>
        <translation>No se puede registrar esta tarjeta.</translation>
    </message>
    <message>
        <source>保険資格を確認しました。</source>
        <translation>Se confirmó su seguro de salud.</translation>
    </message>
    <message>
        <source>有効な保険資格が確認できませんでした（資格無効）。</source>
        <translation>No se pudo confirmar un seguro de salud válido (資格無効: no válido).</translation>
    </message>
    <message>
        <source>新しい保険の資格がまだ有効になっていません。</source>
        <translation>Su nuevo seguro de salud aún no está activo.</translation>
    </message>
    <message>
        <source>保険の資格情報がありません。</source>
        <translation>No hay datos de seguro de salud.</translation>
    </message>
    <message>
        <source>資格情報を特定できませんでした。</source>
        <translation>No se pudieron identificar sus datos de seguro.</translation>
    </message>
    <message>
        <source>電子証明書の有効期限が切れています。保険資格の確認のみ行いました（医療情報は共有されません）。</source>
        <translation>Su certificado electrónico ha vencido. Solo se comprobó su seguro de salud (no se comparte información médica).</translation>
    </message>
    <message>
        <source>電子証明書の更新時期です。お住まいの市区町村の窓口で更新してください。</source>
        <translation>Es momento de renovar su certificado electrónico. Renuévelo en la oficina de su municipio.</translation>
    </message>
    <message>
        <source>操作がなかったため、最初の画面に戻りました。</source>
        <translation>Como no hubo actividad, se volvió a la pantalla inicial.</translation>
    </message>
    <message>
        <source>受付を中止しました。</source>
        <translation>Se canceló el trámite.</translation>
    </message>
    <message>
        <source>お住まいの市区町村の窓口へお越しください。</source>
        <translation>Acuda a la oficina de su municipio.</translation>
    </message>
    <message>
        <source>マイナンバー総合フリーダイヤル %1（紛失・盗難による一時利用停止は24時間365日）</source>
        <translation>Línea gratuita de My Number %1 (suspensión por pérdida o robo: las 24 horas, los 365 días)</translation>
    </message>
    <message>
        <source>医療機関・薬局の顔認証付きカードリーダーをご利用ください。</source>
        <translation>Use el lector de tarjetas con reconocimiento facial de un centro médico o farmacia.</translation>
    </message>
    <message>
        <source>加入している保険者（勤務先の健康保険組合など）にお問い合わせください。</source>
        <translation>Consulte con su aseguradora de salud (por ejemplo, la sociedad de seguro de salud de su empresa).</translation>
    </message>
    <message>
        <source>もう一度お試しください。</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>顔が見つかりません。カメラの正面に立ってください。</source>
        <translation>No se detecta su rostro. Póngase frente a la cámara.</translation>
    </message>
    <message>
        <source>複数の顔が映っています。お一人でカメラの前に立ってください。</source>
        <translation>Se ve más de un rostro. Solo una persona debe ponerse frente a la cámara.</translation>
    </message>
    <message>
        <source>もう少しカメラに近づいてください。</source>
        <translation>Acérquese un poco más a la cámara.</translation>
    </message>
    <message>
        <source>カメラから少し離れてください。</source>
        <translation>Aléjese un poco de la cámara.</translation>
    </message>
    <message>
        <source>暗すぎます。明るい場所でお試しください。</source>
        <translation>Hay muy poca luz. Inténtelo en un lugar más iluminado.</translation>
    </message>
    <message>
        <source>明るすぎます。逆光を避けてください。</source>
        <translation>Hay demasiada luz. Evite tener una luz fuerte detrás de usted.</translation>
    </message>
    <message>
        <source>顔を動かさないでください。</source>
        <translation>Por favor, no mueva la cara.</translation>
    </message>
    <message>
        <source>カメラの正面を向いてください。</source>
        <translation>Mire de frente a la cámara.</translation>
    </message>
    <message>
        <source>まばたきをしてください。</source>
        <translation>Parpadee, por favor.</translation>
    </message>
    <message>
        <source>カメラを見て、まばたきをしてください。</source>
        <translation>Mire a la cámara y parpadee.</translation>
    </message>
    <message>
        <source>時間内に確認できませんでした。</source>
        <translation>No se pudo verificar a tiempo.</translation>
    </message>
    <message>
        <source>顔をはっきり確認できませんでした。</source>
        <translation>No se pudo ver bien su rostro.</translation>
    </message>
    <message>
        <source>カメラの映像がありません。</source>
        <translation>No hay imagen de la cámara.</translation>
    </message>
    <message>
        <source>診療・薬剤の情報</source>
        <translation>Información de consultas y medicamentos</translation>
    </message>
    <message>
        <source>手術の情報</source>
        <translation>Información de cirugías</translation>
    </message>
    <message>
        <source>特定健診の情報</source>
        <translation>Información de chequeos de salud específicos (特定健診)</translation>
    </message>
    <message>
        <source>カメラを見てください。</source>
        <translation>Mire a la cámara.</translation>
    </message>
    <message>
        <source>お問い合わせ: マイナンバー総合フリーダイヤル %1 / 外国語 %2</source>
        <translation>Consultas: línea gratuita de My Number %1 / en español y otros idiomas %2</translation>
    </message>
    <message>
        <source>音声案内は利用できません</source>
        <translation>La guía por voz no está disponible</translation>
    </message>
    <message>
        <source>文字を大きく</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>見やすい配色</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>音声案内</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>目視確認の許可</source>
        <translation>Autorización de verificación visual</translation>
    </message>
    <message>
        <source>読み取り端末で患者さんが「職員を呼ぶ」を選んだとき、その端末での目視確認をここから許可できます。ご本人であることを確かめてから許可してください。許可は5分間、1回だけ有効です。</source>
        <translation>Cuando un paciente elige “Llamar al personal” en un lector, desde aquí puede autorizar la verificación visual en ese lector. Compruebe que es el titular antes de autorizarla. La autorización vale una sola vez durante 5 minutos.</translation>
    </message>
    <message>
        <source>読み取り端末</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <source>施設のパスワード</source>
        <translation>Contraseña del centro</translation>
    </message>
    <message>
        <source>目視確認を許可する</source>
        <translation>Autorizar verificación visual</translation>
    </message>
    <message>
        <source>読み取り端末「%1」で目視確認を許可しました（5分間有効）。</source>
        <translation>Verificación visual autorizada en el lector “%1” (válida durante 5 minutos).</translation>
    </message>
    <message>
        <source>パスワードが違います。許可していません。</source>
        <translation>La contraseña no es correcta. No se autorizó la verificación visual.</translation>
    </message>
    <message>
        <source>この端末でもパスワードの入力が止められています。</source>
        <translation>Este terminal tampoco acepta contraseñas por ahora.</translation>
    </message>
    <message>
        <source>この施設では目視確認を行っていません（施設の設定）。許可していません。</source>
        <translation>Este centro no ofrece la verificación visual (configuración del centro). No se autorizó la verificación visual.</translation>
    </message>
    <message>
        <source>読み取り端末の名前が正しくありません（50文字まで）。</source>
        <translation>El nombre del lector no es válido (hasta 50 caracteres).</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。許可していません。</source>
        <translation>No se puede conectar con el sistema de verificación de elegibilidad. No se autorizó la verificación visual.</translation>
    </message>
    <message>
        <source>読み取り端末を選ぶか、入力してください。</source>
        <translation>Elija o escriba un lector de tarjetas.</translation>
    </message>
    <message>
        <source>施設のパスワードを入力してください。</source>
        <translation>Ingrese la contraseña del centro.</translation>
    </message>
    <message>
        <source>確認しています…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>申請書ID（数字23桁）</source>
        <translation>ID de solicitud (23 dígitos)</translation>
    </message>
    <message>
        <source>%1 / %2 桁</source>
        <translation>%1 / %2 dígitos</translation>
    </message>
    <message>
        <source>例: taro@example.jp</source>
        <translation>p. ej. taro@example.jp</translation>
    </message>
    <message>
        <source>目視確認</source>
        <translation>Verificación visual</translation>
    </message>
    <message>
        <source>本人確認前</source>
        <translation>Antes de verificar la identidad</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間内）</source>
        <translation>certificado caducado (dentro del período de gracia)</translation>
    </message>
    <message>
        <source>電子証明書の期限切れ（猶予期間後）</source>
        <translation>certificado caducado (fuera del período de gracia)</translation>
    </message>
    <message>
        <source>電子証明書の有効期間前</source>
        <translation>certificado aún no válido</translation>
    </message>
    <message>
        <source>一時利用停止中（紛失の届出）</source>
        <translation>suspendida (denunciada como perdida)</translation>
    </message>
    <message>
        <source>電子証明書の失効</source>
        <translation>certificado revocado</translation>
    </message>
    <message>
        <source>電子証明書の記録なし</source>
        <translation>sin registro del certificado</translation>
    </message>
    <message>
        <source>資格有効</source>
        <translation>Seguro válido</translation>
    </message>
    <message>
        <source>資格なし（新しい保険者の届出前）</source>
        <translation>sin cobertura (la nueva aseguradora aún no lo ha comunicado)</translation>
    </message>
    <message>
        <source>資格なし（新しい資格は開始前）</source>
        <translation>sin cobertura (la nueva aún no ha empezado)</translation>
    </message>
    <message>
        <source>資格の記録なし</source>
        <translation>sin cobertura registrada</translation>
    </message>
    <message>
        <source>ICチップ破損（読み取れません）</source>
        <translation>chip dañado (no se puede leer)</translation>
    </message>
    <message>
        <source>利用登録済み</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>顔認証カード（暗証番号なし）</source>
        <translation>tarjeta de reconocimiento facial (sin PIN)</translation>
    </message>
    <message>
        <source>暗証番号ロック中</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <source>暗証番号 残り %1 回</source>
        <translation>PIN: quedan %1 intentos</translation>
    </message>
    <message>
        <source>被扶養者</source>
        <translation>beneficiario familiar</translation>
    </message>
    <message>
        <source>15歳未満</source>
        <translation>menor de 15 años</translation>
    </message>
    <message>
        <source>70歳以上</source>
        <translation>70 años o más</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>資格無効</source>
        <translation>Seguro no válido</translation>
    </message>
    <message>
        <source>資格無効（新しい資格あり）</source>
        <translation>No válido (existe una cobertura más reciente)</translation>
    </message>
    <message>
        <source>資格情報なし</source>
        <translation>Sin datos de seguro</translation>
    </message>
    <message>
        <source>複数該当（枝番で特定）</source>
        <translation>Varias coincidencias (identificar por subnúmero)</translation>
    </message>
    <message>
        <source>受付完了</source>
        <translation>Recepción completada</translation>
    </message>
    <message>
        <source>証明書エラー</source>
        <translation>Error de certificado</translation>
    </message>
    <message>
        <source>利用登録なし</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>利用登録できず</source>
        <translation>No se pudo registrar</translation>
    </message>
    <message>
        <source>中断</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>システムエラー</source>
        <translation>Error del sistema</translation>
    </message>
    <message>
        <source>診療・薬剤</source>
        <translation>Consultas y medicamentos</translation>
    </message>
    <message>
        <source>手術</source>
        <translation>Cirugías</translation>
    </message>
    <message>
        <source>特定健診</source>
        <translation>Chequeos de salud específicos</translation>
    </message>
    <message>
        <source>証明書期限切れ（猶予期間：資格確認のみ）</source>
        <translation>Certificado vencido (período de gracia: solo verificación del seguro)</translation>
    </message>
    <message>
        <source>証明書の更新時期</source>
        <translation>Certificado por renovar</translation>
    </message>
    <message>
        <source>受付時に利用登録</source>
        <translation>Registrado en la recepción</translation>
    </message>
    <message>
        <source>複数該当</source>
        <translation>Varias coincidencias</translation>
    </message>
    <message>
        <source>途中でカードが取り出された</source>
        <translation>Tarjeta retirada a mitad del trámite</translation>
    </message>
    <message>
        <source>資格情報なし（登録できず）</source>
        <translation>Sin datos de seguro (no se registró)</translation>
    </message>
    <message>
        <source>他の方に登録済みのカード</source>
        <translation>Tarjeta registrada a nombre de otra persona</translation>
    </message>
    <message>
        <source>一時利用停止中のカード</source>
        <translation>Tarjeta suspendida</translation>
    </message>
    <message>
        <source>証明書失効</source>
        <translation>Certificado revocado</translation>
    </message>
    <message>
        <source>証明書期限切れ</source>
        <translation>Certificado vencido</translation>
    </message>
    <message>
        <source>証明書の有効期間前</source>
        <translation>Certificado aún no válido</translation>
    </message>
    <message>
        <source>不明な証明書</source>
        <translation>Certificado desconocido</translation>
    </message>
    <message>
        <source>確認できない証明書</source>
        <translation>Certificado no verificable</translation>
    </message>
    <message>
        <source>顔認証の処理が時間内に終わらず</source>
        <translation>La verificación facial no terminó a tiempo</translation>
    </message>
    <message>
        <source>端末の処理が止まり、受付をやり直し</source>
        <translation>El terminal se detuvo; recepción reiniciada</translation>
    </message>
    <message>
        <source>受付中に端末が終了</source>
        <translation>Terminal apagado durante la recepción</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>Familiar a cargo</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>未照会</source>
        <translation>Sin consultar</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%3/%2/%1</translation>
    </message>
    <message>
        <source>%1割</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>時刻</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>負担</source>
        <translation>Copago</translation>
    </message>
    <message>
        <source>保険者</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>記号・番号・枝番</source>
        <translation>Símbolo / número / subnúmero</translation>
    </message>
    <message>
        <source>資格</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>処方箋</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>受付番号</source>
        <translation>Número de recepción</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>本人・家族</source>
        <translation>Titular o familiar a cargo</translation>
    </message>
    <message>
        <source>保険者番号</source>
        <translation>Número de la aseguradora</translation>
    </message>
    <message>
        <source>保険者名</source>
        <translation>Nombre de la aseguradora</translation>
    </message>
    <message>
        <source>記号</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>枝番</source>
        <translation>Subnúmero</translation>
    </message>
    <message>
        <source>負担割合</source>
        <translation>Porcentaje de copago</translation>
    </message>
    <message>
        <source>高齢受給者の負担割合</source>
        <translation>Porcentaje de copago (persona mayor)</translation>
    </message>
    <message>
        <source>限度額適用区分</source>
        <translation>Categoría de límite de gastos médicos altos</translation>
    </message>
    <message>
        <source>資格取得日</source>
        <translation>Fecha de inicio del seguro</translation>
    </message>
    <message>
        <source>資格喪失日</source>
        <translation>Fecha de fin del seguro</translation>
    </message>
    <message>
        <source>喪失事由</source>
        <translation>Motivo del fin del seguro</translation>
    </message>
    <message>
        <source>一覧から受付を選ぶと、詳細が表示されます。</source>
        <translation>Seleccione una recepción de la lista para ver los detalles.</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>資格情報はありません（照会前に終了したか、該当する資格がありません）。</source>
        <translation>No hay datos del seguro (la recepción terminó antes de la consulta o ningún seguro coincide).</translation>
    </message>
    <message>
        <source>被保険者</source>
        <translation>Asegurado</translation>
    </message>
    <message>
        <source>資格情報</source>
        <translation>Datos del seguro</translation>
    </message>
    <message>
        <source>資格確認端末 %1</source>
        <translation>Terminal de verificación de elegibilidad %1</translation>
    </message>
    <message>
        <source>%1（医療機関コード %2）受付一覧</source>
        <translation>%1 (código de institución médica %2): recepciones</translation>
    </message>
    <message>
        <source>受付を待っています。</source>
        <translation>Esperando recepciones.</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません: %1</source>
        <translation>No se puede conectar con el sistema de verificación de elegibilidad: %1</translation>
    </message>
    <message>
        <source>受付 %1 件</source>
        <translation>Recepciones: %1</translation>
    </message>
    <message>
        <source>資格確認システムに接続できません。再試行しています: %1</source>
        <translation>No se puede conectar con el sistema de verificación de elegibilidad. Reintentando: %1</translation>
    </message>
    <message>
        <source>カードの本人</source>
        <translation>El titular de la tarjeta</translation>
    </message>
    <message>
        <source>別の人</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>本人の写真（印刷物）</source>
        <translation>Foto impresa del titular</translation>
    </message>
    <message>
        <source>誰もいない</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>本人の動画（スマートフォン）</source>
        <translation>Vídeo del titular (en un móvil)</translation>
    </message>
    <message>
        <source>暗い部屋の本人</source>
        <translation>El titular en una habitación oscura</translation>
    </message>
    <message>
        <source>本人ともう一人</source>
        <translation>El titular y otra persona</translation>
    </message>
    <message>
        <source>動画ファイル</source>
        <translation>Archivo de video</translation>
    </message>
    <message>
        <source>カメラなし（未接続）</source>
        <translation>Sin cámara (no conectada)</translation>
    </message>
    <message>
        <source>ファイルを選ぶ…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>カメラの映像</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>カメラ: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <source>動画ファイルを選ぶ</source>
        <translation>Elegir un archivo de video</translation>
    </message>
    <message>
        <source>動画</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>カードを置く</source>
        <translation>Colocar la tarjeta</translation>
    </message>
    <message>
        <source>カードを取る</source>
        <translation>Retirar la tarjeta</translation>
    </message>
    <message>
        <source>差し替える</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>リーダーを外す（故障）</source>
        <translation>Desconectar el lector (avería)</translation>
    </message>
    <message>
        <source>次のコマンドで応答しない</source>
        <translation>Sin respuesta al siguiente comando</translation>
    </message>
    <message>
        <source>窓口・コールセンター・保険者の操作（選んだ人に）</source>
        <translation>Acciones de la oficina, el centro de llamadas y la aseguradora (para la persona elegida)</translation>
    </message>
    <message>
        <source>暗証番号ロック解除（市区町村窓口）</source>
        <translation>Desbloquear el PIN (oficina municipal)</translation>
    </message>
    <message>
        <source>一時利用停止（紛失の届出）</source>
        <translation>Suspender (informar pérdida)</translation>
    </message>
    <message>
        <source>一時利用停止の解除</source>
        <translation>Levantar la suspensión</translation>
    </message>
    <message>
        <source>保険者を変更（本日から）</source>
        <translation>Cambiar de aseguradora (desde hoy)</translation>
    </message>
    <message>
        <source>人物とカード</source>
        <translation>Personas y tarjetas</translation>
    </message>
    <message>
        <source>カードを置きました: %1</source>
        <translation>Tarjeta colocada: %1</translation>
    </message>
    <message>
        <source>カードを取りました</source>
        <translation>Tarjeta retirada</translation>
    </message>
    <message>
        <source>カードを差し替えました: %1</source>
        <translation>Tarjeta cambiada: %1</translation>
    </message>
    <message>
        <source>リーダーを外しました</source>
        <translation>Lector desconectado</translation>
    </message>
    <message>
        <source>リーダーを接続しました</source>
        <translation>Lector conectado</translation>
    </message>
    <message>
        <source>次のコマンドでリーダーが応答しなくなります</source>
        <translation>El lector no responderá a su siguiente comando</translation>
    </message>
    <message>
        <source>暗証番号のロックを解除しました（残り %1 回）</source>
        <translation>PIN desbloqueado (quedan %1 intentos)</translation>
    </message>
    <message>
        <source>一時利用停止しました（%1）</source>
        <translation>Tarjeta suspendida (%1)</translation>
    </message>
    <message>
        <source>一時利用停止を解除しました（%1）</source>
        <translation>Suspensión levantada (%1)</translation>
    </message>
    <message>
        <source>保険者を変更しました: %1</source>
        <translation>Aseguradora cambiada: %1</translation>
    </message>
    <message>
        <source>この操作は人物のカードにだけ行えます</source>
        <translation>Esto solo se puede hacer con la tarjeta de una persona</translation>
    </message>
    <message>
        <source>リーダー: カードなし</source>
        <translation>Lector: sin tarjeta</translation>
    </message>
    <message>
        <source>リーダー: %1</source>
        <translation>Lector: %1</translation>
    </message>
    <message>
        <source>その他のカード</source>
        <translation>Otra tarjeta</translation>
    </message>
    <message>
        <source>健康保険証（ICチップなし）</source>
        <translation>Tarjeta del seguro de salud (sin chip IC)</translation>
    </message>
    <message>
        <source>交通系ICカード（マイナンバーカードではない）</source>
        <translation>Tarjeta IC de transporte (no es una Tarjeta My Number)</translation>
    </message>
    <message>
        <source>電子処方箋を使う</source>
        <translation>Usar recetas electrónicas</translation>
    </message>
    <message>
        <source>職員の目視確認を認める</source>
        <translation>Permitir la verificación visual por el personal</translation>
    </message>
    <message>
        <source>実行して再生</source>
        <translation>Ejecutar y reproducir</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>画面ごとの間</source>
        <translation>Pausa entre pantallas</translation>
    </message>
    <message>
        <source>シナリオ（新しいデモ環境で再生します）</source>
        <translation>Escenario (se reproduce en un entorno de demostración nuevo)</translation>
    </message>
    <message>
        <source>実行中: %1</source>
        <translation>Ejecutando: %1</translation>
    </message>
    <message>
        <source>再生中（シナリオ）: %1</source>
        <translation>Reproduciendo (escenario): %1</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1: %2（%3 秒）</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>再生終了: %1</source>
        <translation>Reproducción terminada: %1</translation>
    </message>
    <message>
        <source>実行できませんでした: %1</source>
        <translation>No se pudo ejecutar: %1</translation>
    </message>
    <message>
        <source>シナリオを選ぶ</source>
        <translation>Elegir un escenario</translation>
    </message>
    <message>
        <source>シナリオ</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>読み直す</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>同意を求める項目</source>
        <translation>Puntos que requieren consentimiento</translation>
    </message>
    <message>
        <source>顔認証の再試行回数</source>
        <translation>Reintentos del reconocimiento facial</translation>
    </message>
    <message>
        <source>無操作で受付を中止するまで</source>
        <translation>Tiempo sin actividad antes de cancelar</translation>
    </message>
    <message>
        <source>中止前の警告</source>
        <translation>Aviso antes de cancelar</translation>
    </message>
    <message>
        <source>既定の言語</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>施設 %1 の設定</source>
        <translation>Configuración del centro %1</translation>
    </message>
    <message>
        <source>変更は次の受付（次に置かれたカード）から有効になります。</source>
        <translation>Los cambios se aplican desde la próxima recepción (la próxima tarjeta colocada).</translation>
    </message>
    <message>
        <source>施設の設定を保存しました</source>
        <translation>Configuración del centro guardada</translation>
    </message>
    <message>
        <source>端末に反映しました: 次に置かれたカードから使われます。</source>
        <translation>Aplicado al terminal: se usará desde la próxima tarjeta colocada.</translation>
    </message>
    <message>
        <source>受付の途中です: この受付が終わると反映します。</source>
        <translation>Hay una recepción en curso: el cambio se aplicará cuando termine.</translation>
    </message>
    <message>
        <source>設定を変更できませんでした: %1</source>
        <translation>No se pudo cambiar la configuración: %1</translation>
    </message>
    <message>
        <source>カード・カメラ</source>
        <translation>Tarjetas y cámara</translation>
    </message>
    <message>
        <source>施設の設定</source>
        <translation>Configuración del centro</translation>
    </message>
    <message>
        <source>職員画面（資格確認端末）を開く</source>
        <translation>Abrir la pantalla del personal (terminal de verificación de elegibilidad)</translation>
    </message>
    <message>
        <source>端末: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>拒否: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>処理中…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>顔が写っていません。カメラの正面に座ってください。</source>
        <translation>No aparece ninguna cara. Siéntese frente a la cámara.</translation>
    </message>
    <message>
        <source>複数の顔が写っています。お一人で撮影してください。</source>
        <translation>Aparece más de una cara. Hágase la foto a solas.</translation>
    </message>
    <message>
        <source>顔が正面を向いていないか、傾いています。まっすぐカメラを見てください。</source>
        <translation>La cara está girada o inclinada. Mire de frente a la cámara.</translation>
    </message>
    <message>
        <source>顔の大きさや位置が枠に合っていません。枠に顔を合わせてください。</source>
        <translation>El tamaño o la posición de la cara no encajan en el marco. Ajuste la cara a la guía.</translation>
    </message>
    <message>
        <source>目がはっきり写っていません。サングラスを外し、目を開けてください。</source>
        <translation>Los ojos no se ven con claridad. Quítese las gafas de sol y mantenga los ojos abiertos.</translation>
    </message>
    <message>
        <source>背景が無地ではありません。後ろに模様や物が写らないようにしてください。</source>
        <translation>El fondo no es liso. Evite que se vean dibujos u objetos detrás de usted.</translation>
    </message>
    <message>
        <source>顔や背景に強い影があります。</source>
        <translation>Hay una sombra fuerte en la cara o en el fondo.</translation>
    </message>
    <message>
        <source>写真がぼやけています。撮影中は動かないでください。</source>
        <translation>La foto está borrosa. No se mueva mientras se toma.</translation>
    </message>
    <message>
        <source>明るさが適切ではありません（暗すぎるか、明るすぎます）。</source>
        <translation>La luminosidad no es adecuada (demasiado oscura o demasiado clara).</translation>
    </message>
    <message>
        <source>写真が申請の条件を満たしていません。</source>
        <translation>La foto no cumple los requisitos de la solicitud.</translation>
    </message>
    <message>
        <source>申請書IDは数字23桁です（入力は %1 桁）。</source>
        <translation>El ID de solicitud tiene 23 dígitos (ha introducido %1).</translation>
    </message>
    <message>
        <source>申請書IDには数字だけを使えます（%1 文字目が数字ではありません）。</source>
        <translation>El ID de solicitud solo lleva dígitos (el carácter %1 no es un dígito).</translation>
    </message>
    <message>
        <source>QRコードを読み取れませんでした。もう一度かざすか、数字で入力してください。</source>
        <translation>No se pudo leer el código QR. Vuelva a mostrarlo o escriba los dígitos.</translation>
    </message>
    <message>
        <source>読み取ったQRコードは交付申請書のものではありません。</source>
        <translation>El código QR leído no es el de un formulario de solicitud.</translation>
    </message>
    <message>
        <source>数字で入力してください。</source>
        <translation>Escriba los dígitos.</translation>
    </message>
    <message>
        <source>メールアドレスを入力してください。</source>
        <translation>Introduzca una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>メールアドレスが長すぎます。</source>
        <translation>La dirección de correo es demasiado larga.</translation>
    </message>
    <message>
        <source>「@」を1つだけ入れてください。</source>
        <translation>Use una sola &quot;@&quot;.</translation>
    </message>
    <message>
        <source>「@」の前に使えない文字があります。</source>
        <translation>La parte antes de la &quot;@&quot; tiene un carácter no válido.</translation>
    </message>
    <message>
        <source>「@」の後ろ（ドメイン）が正しくありません。</source>
        <translation>La parte después de la &quot;@&quot; (el dominio) no es válida.</translation>
    </message>
    <message>
        <source>マイナンバーカードの申請</source>
        <translation>Solicitud de la tarjeta My Number</translation>
    </message>
    <message>
        <source>この証明写真機で、マイナンバーカードの交付申請ができます。</source>
        <translation>En esta cabina de fotos puede solicitar la tarjeta My Number.</translation>
    </message>
    <message>
        <source>お手元に交付申請書をご用意ください。</source>
        <translation>Tenga a mano su formulario de solicitud.</translation>
    </message>
    <message>
        <source>申請をはじめる</source>
        <translation>Empezar la solicitud</translation>
    </message>
    <message>
        <source>交付申請書の申請書ID（数字23桁）を入力するか、QRコードを読み取ってください。</source>
        <translation>Escriba el ID de solicitud (23 dígitos) de su formulario o haga leer su código QR.</translation>
    </message>
    <message>
        <source>申請書IDの入力</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>QRコードを読み取る</source>
        <translation>Leer el código QR</translation>
    </message>
    <message>
        <source>QRコードの読み取り</source>
        <translation>Lectura del código QR</translation>
    </message>
    <message>
        <source>交付申請書のQRコードをカメラにかざしてください。</source>
        <translation>Muestre a la cámara el código QR de su formulario.</translation>
    </message>
    <message>
        <source>%1 秒以内に読み取れないときは、入力の画面に戻ります。</source>
        <translation>Si no se lee en %1 segundos, volverá a la pantalla para escribirlo.</translation>
    </message>
    <message>
        <source>数字で入力する</source>
        <translation>Escribir los dígitos</translation>
    </message>
    <message>
        <source>申請書ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>申請用の写真は次のように撮影します。</source>
        <translation>La foto de la solicitud se toma así:</translation>
    </message>
    <message>
        <source>正面を向き、帽子をとってください。</source>
        <translation>Mire al frente y quítese el sombrero o la gorra.</translation>
    </message>
    <message>
        <source>サングラスや前髪で目を隠さないでください。</source>
        <translation>No se tape los ojos con gafas de sol ni con el pelo.</translation>
    </message>
    <message>
        <source>背景に模様や物、ほかの人が写らないようにしてください。</source>
        <translation>Que no aparezcan dibujos, objetos ni otras personas en el fondo.</translation>
    </message>
    <message>
        <source>顔や背景に影ができないようにしてください。</source>
        <translation>Evite sombras en la cara y en el fondo.</translation>
    </message>
    <message>
        <source>撮影中は動かないでください。ぼやけた写真は使えません。</source>
        <translation>No se mueva durante la foto: una foto borrosa no sirve.</translation>
    </message>
    <message>
        <source>ふだんの顔と著しく異なる写真は使えません。</source>
        <translation>No sirve una foto muy distinta de su aspecto habitual.</translation>
    </message>
    <message>
        <source>帽子の有無と、ふだんの顔と異なっていないかは自動では確認できません。ご自身でお確かめください。</source>
        <translation>El sombrero y si su aspecto es el habitual no se comprueban automáticamente: revíselo usted.</translation>
    </message>
    <message>
        <source>撮影の前に</source>
        <translation>Antes de la foto</translation>
    </message>
    <message>
        <source>撮影に進む</source>
        <translation>Ir a la cámara</translation>
    </message>
    <message>
        <source>申請書IDを直す</source>
        <translation>Corregir el ID de solicitud</translation>
    </message>
    <message>
        <source>写真の撮影</source>
        <translation>Tomar la foto</translation>
    </message>
    <message>
        <source>枠に顔を合わせ、まっすぐカメラを見てください。</source>
        <translation>Ajuste la cara a la guía y mire de frente a la cámara.</translation>
    </message>
    <message>
        <source>準備ができたら「撮影する」を押してください。3秒後に撮影します。</source>
        <translation>Cuando esté listo, pulse &quot;Tomar la foto&quot;. Se toma 3 segundos después.</translation>
    </message>
    <message>
        <source>撮影する</source>
        <translation>Tomar la foto</translation>
    </message>
    <message>
        <source>%1 秒後に撮影します</source>
        <translation>Foto en %1 segundos</translation>
    </message>
    <message>
        <source>カメラを見て、動かないでください。</source>
        <translation>Mire a la cámara y no se mueva.</translation>
    </message>
    <message>
        <source>写真を確認しています</source>
        <translation>Comprobando la foto</translation>
    </message>
    <message>
        <source>しばらくお待ちください。</source>
        <translation>Espere un momento.</translation>
    </message>
    <message>
        <source>ほかに %1 点の問題があります。</source>
        <translation>Otros problemas encontrados: %1.</translation>
    </message>
    <message>
        <source>この写真は申請に使えません</source>
        <translation>Esta foto no sirve para la solicitud</translation>
    </message>
    <message>
        <source>もう一度撮影してください。</source>
        <translation>Vuelva a tomar la foto.</translation>
    </message>
    <message>
        <source>撮り直す</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>写真の確認</source>
        <translation>Revise su foto</translation>
    </message>
    <message>
        <source>この写真で申請しますか？</source>
        <translation>¿Hacer la solicitud con esta foto?</translation>
    </message>
    <message>
        <source>写真は縦45mm×横35mmの枠に合わせて送られます。</source>
        <translation>La foto se envía recortada a 45 mm de alto por 35 mm de ancho.</translation>
    </message>
    <message>
        <source>この写真で申請する</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>メールアドレスが正しくありません。</source>
        <translation>La dirección de correo no es válida.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができたときに連絡するメールアドレスを入力してください。</source>
        <translation>Introduzca el correo al que se le avisará cuando la tarjeta esté lista.</translation>
    </message>
    <message>
        <source>連絡先メールアドレス</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>申請内容の確認</source>
        <translation>Revise su solicitud</translation>
    </message>
    <message>
        <source>メールアドレス: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>撮影した写真とこの内容で申請します。よろしいですか？</source>
        <translation>Se enviará la solicitud con la foto tomada y estos datos. ¿Es correcto?</translation>
    </message>
    <message>
        <source>申請する</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>メールアドレスを直す</source>
        <translation>Corregir el correo</translation>
    </message>
    <message>
        <source>送信中</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>申請を送信しています。しばらくお待ちください。</source>
        <translation>Enviando su solicitud. Espere un momento.</translation>
    </message>
    <message>
        <source>申請を受け付けました</source>
        <translation>Solicitud recibida</translation>
    </message>
    <message>
        <source>受付番号: %1</source>
        <translation>Número de recibo: %1</translation>
    </message>
    <message>
        <source>受付番号はこの画面にだけ表示されます。お控えください。</source>
        <translation>El número de recibo solo se muestra en esta pantalla. Anótelo.</translation>
    </message>
    <message>
        <source>カードの交付の準備ができると、メールでお知らせします。</source>
        <translation>Le avisaremos por correo cuando su tarjeta esté lista.</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>送信できませんでした</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <source>もう一度送信するか、中止してください。</source>
        <translation>Vuelva a enviarla o cancele.</translation>
    </message>
    <message>
        <source>もう一度送信する</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>カード</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>申請</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>規約</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>申請書ID</source>
        <translation>ID del formulario</translation>
    </message>
    <message>
        <source>写真</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>医療機関の受付</source>
        <translation>recepción de la clínica</translation>
    </message>
    <message>
        <source>利用登録のセルフ端末</source>
        <translation>terminal de autoservicio para el registro</translation>
    </message>
    <message>
        <source>マイナポータル（スマートフォン）</source>
        <translation>Mynaportal (smartphone)</translation>
    </message>
    <message>
        <source>証明写真機（交付申請）</source>
        <translation>fotomatón (solicitud de la tarjeta)</translation>
    </message>
    <message>
        <source>マイナ保険証 受付 — %1</source>
        <translation>Recepción del seguro de salud con Tarjeta My Number — %1</translation>
    </message>
    <message>
        <source>QA パネル（エミュレーター） — %1</source>
        <translation>Panel de QA (emulador) — %1</translation>
    </message>
    <message>
        <source>再生: %1 — %2</source>
        <translation>Reproducción: %1 — %2</translation>
    </message>
    <message>
        <source>準備中</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>係員メニュー：端末の終了</source>
        <translation>Menú del personal: apagar el terminal</translation>
    </message>
    <message>
        <source>施設のパスワードを入力すると、この端末を終了します。</source>
        <translation>Introduzca la contraseña del centro para apagar este terminal.</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>端末を終了します。</source>
        <translation>Apagando el terminal.</translation>
    </message>
    <message>
        <source>パスワードを確認できません。システムに接続できません。</source>
        <translation>No se puede comprobar la contraseña: no hay conexión con el sistema.</translation>
    </message>
    <message>
        <source>OQSフォルダが見つかりません（共有フォルダの接続を確認してください）</source>
        <translation>No se encuentra la carpeta OQS (compruebe la conexión de la carpeta compartida)</translation>
    </message>
    <message>
        <source>書き込めません（ディスクの空きと書き込み権限を確認してください）</source>
        <translation>No se puede escribir (compruebe el espacio libre en disco y el permiso de escritura)</translation>
    </message>
    <message>
        <source>ファイルに書けない値があります</source>
        <translation>Hay un valor que no se puede escribir en el archivo</translation>
    </message>
    <message>
        <source>予期しないエラーです</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>書き込み済み</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>書き込み失敗</source>
        <translation>Error al escribir</translation>
    </message>
    <message>
        <source>レセコン連携（OQSファイル）</source>
        <translation>Software de la clínica (archivos OQS)</translation>
    </message>
    <message>
        <source>書き込み %1 件・失敗 %2 件</source>
        <translation>Escritos: %1, fallidos: %2</translation>
    </message>
    <message>
        <source>ファイル名・理由</source>
        <translation>Nombre del archivo o motivo</translation>
    </message>
    <message>
        <source>一覧を隠す</source>
        <translation>Ocultar lista</translation>
    </message>
    <message>
        <source>一覧を表示</source>
        <translation>Mostrar lista</translation>
    </message>
    <message>
        <source>まだありません</source>
        <translation>Ninguno todavía</translation>
    </message>
</context>
</TS>
